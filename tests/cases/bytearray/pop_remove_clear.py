# pop, remove, clear, copy and reverse.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'abcdef')
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(99)
print(b)
c = b.copy()
c.reverse()
print(b, c, c is b)
c.clear()
print(c, len(c), bytearray(b'x').copy() == b'x')
t(lambda: b.pop(10))
t(lambda: bytearray().pop())
t(lambda: b.pop('a'))
t(lambda: b.remove(200))
t(lambda: b.remove(256))
t(lambda: b.remove(b'a'))
t(lambda: b.clear(1))
print(b)
