# Slice assignment: length-changing for simple slices, same-size for extended ones;
# the value may be bytes-like (even the bytearray itself) or an iterable of ints.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'0123456789')
b[2:4] = b'abcd'
print(b)
b[0:6] = b''
print(b)
b[1:1] = [65, 66]
print(b)
b[::2] = b'wxyz'
print(b)
b[8:2:-2] = bytearray(b'PQR')
print(b)
b[:] = b
print(b)
b[len(b):] = memoryview(b'end')
print(b)
b[-3:] = (x for x in b'EN')
print(b)
b[5:1] = b'!'
print(b)
t(lambda: b.__setitem__(slice(None, None, 2), b'12'))
t(lambda: b.__setitem__(slice(0, 1), 'ab'))
t(lambda: b.__setitem__(slice(0, 1), 5))
t(lambda: b.__setitem__(slice(0, 1), [300]))
t(lambda: b.__setitem__(slice(0, 1), None))
print(b)
