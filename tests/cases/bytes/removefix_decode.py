# removeprefix/removesuffix and decode() defaults.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'))
print(b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''), b'abc'.removeprefix(bytearray(b'ab')))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'))
print(b'abc'.decode(encoding='ascii', errors='strict'), bytearray(b'\xc3\xa9').decode())
t(lambda: b'abc'.removeprefix('a'))
t(lambda: b'abc'.decode(1))
t(lambda: b'abc'.decode('utf-8', 1))
t(lambda: b'abc'.decode('nope'))
t(lambda: b'\xff'.decode())
