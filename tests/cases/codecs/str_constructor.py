# str(bytes, encoding, errors) decodes; str(bytes) is the repr.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str(b'caf\xc3\xa9', 'utf-8'))
t(lambda: str(b'abc', encoding='ascii'))
t(lambda: str(b'a\xff', errors='replace'))
t(lambda: str(bytearray(b'ba'), 'ascii'))
t(lambda: str(memoryview(b'mv'), 'ascii'))
t(lambda: str(b'abc'))
t(lambda: str(bytearray(b'abc')))
t(lambda: str(encoding='utf-8'))
t(lambda: str('abc', 'ascii'))
t(lambda: str(1, 'ascii'))
t(lambda: str(b'x', 1))
t(lambda: str(b'\xff', 'utf-8'))
