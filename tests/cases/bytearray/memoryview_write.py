# Writing through a memoryview of a bytearray changes it; while a view exists the
# bytearray cannot change size (BufferError); release() and `with` end the export.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'hello')
m = memoryview(ba)
m[0] = 72
m[1:3] = b'EL'
m[-1:] = bytearray(b'O')
print(ba, m.tobytes())
ba[2] = 108
print(m[2], m.tolist())
t(lambda: m.__setitem__(0, 256))
t(lambda: m.__setitem__(0, 'x'))
t(lambda: m.__setitem__(slice(0, 2), b'abc'))
t(lambda: ba.append(33))
t(lambda: ba.extend(b'!'))
t(lambda: ba.pop())
t(lambda: ba.clear())
t(lambda: ba.__setitem__(slice(0, 1), b'zz'))
ba[0:1] = b'J'
print(ba)
s = m[1:3]
m.release()
t(lambda: ba.append(33))
s.release()
ba.append(33)
print(ba, repr(m).startswith('<released memory at 0x'))
t(lambda: len(m))
t(lambda: m[0])
t(lambda: m.tobytes())
t(lambda: m.readonly)
print(m == m, m == b'x')
m.release()
with memoryview(ba) as v:
    v[0] = 106
    t(lambda: ba.append(0))
print(ba)
ba.append(63)
print(ba)
t(lambda: v.tolist())
