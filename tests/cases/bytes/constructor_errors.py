# bytes() argument errors and their messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes([1, 2.0]))
t(lambda: bytes(['a']))
t(lambda: bytes('abc'))
t(lambda: bytes(b'abc', 'ascii'))
t(lambda: bytes(encoding='ascii'))
t(lambda: bytes(errors='strict'))
t(lambda: bytes(3, errors='strict'))
t(lambda: bytes('abc', errors='strict'))
t(lambda: bytes('abc', 5))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(2**70))
t(lambda: bytes('a', 'ascii', 'strict', 'x'))
t(lambda: bytes(source=b'x', nope=1))
t(lambda: bytes('é', 'ascii'))
t(lambda: bytes('x', 'no-such-codec'))
class Bad:
    def __bytes__(self):
        return 'str'
t(lambda: bytes(Bad()))
