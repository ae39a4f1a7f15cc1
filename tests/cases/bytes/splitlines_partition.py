# splitlines (only \n, \r and \r\n end lines for bytes) and partition/rpartition.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = b'one\ntwo\r\nthree\rfour\x0bfive\x0c\x1csix\n\n'
print(s.splitlines())
print(s.splitlines(True), s.splitlines(keepends=True) == s.splitlines(True))
print(b''.splitlines(), b'\n'.splitlines(), b'no newline'.splitlines())
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='))
print(b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'abc'.partition(bytearray(b'b')))
t(lambda: b'abc'.partition(b''))
t(lambda: b'abc'.partition('b'))
t(lambda: b'abc'.rpartition())
