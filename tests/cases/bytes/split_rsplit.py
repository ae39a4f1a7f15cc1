# split/rsplit: whitespace runs with sep=None (ASCII whitespace incl. \x0b \x0c),
# explicit separators, maxsplit, keywords.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
w = b' \t a  b\x0bc\x0cd \n e  '
print(w.split(), w.rsplit())
for n in range(-1, 6):
    print(n, w.split(None, n), w.rsplit(None, n))
c = b'a,b,,c,'
for n in range(-1, 5):
    print(n, c.split(b',', n), c.rsplit(b',', n))
print(b''.split(), b''.split(b','), b'   '.split(), b'abc'.split(b'abc'))
print(b'a--b--c'.split(sep=b'--', maxsplit=1), b'a--b--c'.rsplit(maxsplit=1, sep=b'--'))
print(b'x\xa0y'.split(), b'a1b1c'.split(bytearray(b'1')))
t(lambda: b'abc'.split(b''))
t(lambda: b'abc'.split(','))
t(lambda: b'abc'.split(b'b', 'x'))
t(lambda: b'abc'.split(b'b', 1, 2))
