# bytearray(): the same sources as bytes(), and its own messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b'abc'), bytearray(range(3)))
print(bytearray('héllo', 'utf-8'), bytearray('x', encoding='ascii'), bytearray(memoryview(b'mv')))
print(bytearray(bytearray(b'copy')), bytearray(iter([65, 66])), type(bytearray()).__name__)
a = bytearray(b'orig')
b = bytearray(a)
b[0] = 79
print(a, b, a is b)
t(lambda: bytearray(-2))
t(lambda: bytearray([300]))
t(lambda: bytearray(['a']))
t(lambda: bytearray('abc'))
t(lambda: bytearray(b'abc', 'ascii'))
t(lambda: bytearray(encoding='ascii'))
t(lambda: bytearray(errors='strict'))
t(lambda: bytearray(1.5))
t(lambda: bytearray('é', 'ascii'))
