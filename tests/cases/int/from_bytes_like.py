# int() and float() accept bytes-like objects.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int(b'42'))
t(lambda: int(bytearray(b' -7 ')))
t(lambda: int(memoryview(b'1_000')))
t(lambda: int(b'ff', 16))
t(lambda: int(b'0o17', 0))
t(lambda: int(b'x'))
t(lambda: int(bytearray(b'x')))
t(lambda: int(b'12', base=3))
t(lambda: float(b'1.5'))
t(lambda: float(bytearray(b' -2e3 ')))
t(lambda: float(b'nope'))
