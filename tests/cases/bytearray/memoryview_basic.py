# memoryview of bytes and bytearray: len, items, slices, tobytes/tolist/hex, attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.hex(), m.hex(':', 2))
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.contiguous, m.c_contiguous, m.f_contiguous, m.obj, type(m).__name__)
s = m[1:5:2]
print(type(s).__name__, s.tobytes(), s.tolist(), len(s), s.nbytes, s.strides, s.contiguous, s.obj)
print(m[::-1].tobytes(), m[4:1].tobytes(), list(m[2:4]), bytes(m[1:3]), bytearray(m[:2]))
print(m == b'abcdef', b'abcdef' == m, m == bytearray(b'abcdef'), m == m[:], m != b'x', m == 'abcdef')
print(hash(m) == hash(b'abcdef'), 98 in m, b'-'.join([m, m[:1]]), memoryview(m).tobytes())
print(memoryview(bytearray(b'xy')).readonly, memoryview(b'xy').toreadonly().readonly)
print(memoryview(object=b'kw').tolist(), list(reversed(memoryview(b'ab'))))
t(lambda: m[6])
t(lambda: m['a'])
t(lambda: m.__setitem__(0, 1))
t(lambda: m.__delitem__(0))
t(lambda: memoryview('str'))
t(lambda: memoryview(5))
t(lambda: hash(memoryview(bytearray(b'a'))))
t(lambda: m < m)
t(lambda: m + b'x')
