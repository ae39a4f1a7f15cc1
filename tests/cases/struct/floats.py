import struct
def hx(b):
    return ''.join('%02x' % c for c in b)
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in '<e', '>e', '<f', '>f', '<d', '>d', 'e', 'f', 'd':
    for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 65504.0, 6.1e-05, 5.960464477539063e-08, 1e-8, 3.4028234663852886e38, 1e300,
              float('inf'), float('-inf'), 2.98023223876953125e-08, 2.98023223876953126e-08, 65519.99, 0.333251953125, 1.00048828125, 1.00146484375]:
        try:
            data = struct.pack(fmt, v)
            print(fmt, repr(v), hx(data), struct.unpack(fmt, data))
        except OverflowError as e:
            print(fmt, repr(v), 'OverflowError', e)
print(hx(struct.pack('<d', float('nan'))), hx(struct.pack('>f', float('nan'))), hx(struct.pack('<e', float('nan'))))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'))
print(struct.unpack('<f', b'\x01\x00\x00\x00'), struct.unpack('>d', bytes(8) if False else b'\x80' + b'\x00' * 7))
t(struct.pack, '<f', 3.4028235677973366e38)
t(struct.pack, '<e', 65520.0)
