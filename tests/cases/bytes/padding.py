# center/ljust/rjust (with a one-byte fill), zfill and expandtabs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for w in range(0, 8):
    print(w, b'abc'.center(w, b'*'), b'ab'.center(w, b'*'), b'abc'.ljust(w, b'.'), b'abc'.rjust(w))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'-'.zfill(3), b''.zfill(2), b'abc'.zfill(1))
print(b'a\tbc\tdef\tg'.expandtabs(), b'a\tb'.expandtabs(3), b'x\ty\r\tz\n\tw'.expandtabs(4))
print(b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(tabsize=2), b'a\tb'.expandtabs(-1))
print(b'x'.center(3, bytearray(b'-')))
t(lambda: b'x'.center(5, 'x'))
t(lambda: b'x'.center(5, b'xy'))
t(lambda: b'x'.ljust('5'))
t(lambda: b'x'.rjust())
t(lambda: b'x'.zfill(1, 2))
