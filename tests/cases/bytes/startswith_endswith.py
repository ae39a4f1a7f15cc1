# startswith/endswith: bytes-like prefixes, tuples of them, bounds, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'hello world'
print(b.startswith(b'hello'), b.startswith(b'world'), b.startswith(b'world', 6))
print(b.endswith(b'world'), b.endswith(b'hello', 0, 5), b.endswith(b'o', 0, -6))
print(b.startswith((b'x', b'he')), b.endswith((b'x', b'y')), b.startswith(()))
print(b.startswith(b''), b.startswith(b'', 11), b.startswith(b'', 12), b.endswith(b'', 5, 4))
print(b.startswith(bytearray(b'hell')), b.endswith(memoryview(b'ld')))
t(lambda: b.startswith('h'))
t(lambda: b.startswith(('h',)))
t(lambda: b.endswith(104))
t(lambda: b.startswith())
