# Item assignment and deletion by index.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'hello')
b[0] = 72
b[-1] = ord('O')
print(b, b[0], b[-2])
del b[1]
del b[-1]
print(b)
class I:
    def __index__(self):
        return 1
b[I()] = 33
print(b, b[I()])
t(lambda: b.__setitem__(0, 256))
t(lambda: b.__setitem__(0, b'x'))
t(lambda: b.__setitem__('a', 1))
t(lambda: b.__setitem__(10, 1))
t(lambda: b.__delitem__(10))
t(lambda: b[10])
t(lambda: b[1.0])
print(b)
