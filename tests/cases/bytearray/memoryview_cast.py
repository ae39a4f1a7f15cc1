# memoryview.cast between bytes and the native formats.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'\x01\x00\x02\x00\xff\xff\x00\x80')
h = m.cast('H')
print(h.tolist(), h.format, h.itemsize, len(h), h.nbytes, h[1], h.shape, h.strides)
print(m.cast('h').tolist(), m.cast('i').tolist(), m.cast('I').tolist(), m.cast('q').tolist())
print(m.cast('b').tolist(), m.cast('c')[:3].tolist(), m.cast('@B').tolist()[:2], h.cast('B').tolist()[:4])
ba = bytearray(4)
w = memoryview(ba).cast('H')
w[0] = 258
w[1] = 65535
print(ba, w.tolist())
t(lambda: w.__setitem__(0, 65536))
t(lambda: w.__setitem__(0, -1))
t(lambda: w.__setitem__(0, 1.5))
t(lambda: memoryview(b'abc').cast('H'))
t(lambda: memoryview(b'abcd')[::2].cast('B'))
t(lambda: h.cast('I'))
t(lambda: memoryview(b'abc').cast('z'))
print(memoryview(b'ab') == memoryview(b'ab').cast('c'), memoryview(b'\x01\x00') == memoryview(b'\x01\x00').cast('H'))
print(memoryview(b'\x00\x00\xc0\x3f').cast('f').tolist(), memoryview(bytes(8)).cast('d').tolist())
