import struct
# A record layout round trip, native and standard.
rec = struct.Struct('<4sHhIqd?x3p')
data = rec.pack(b'TPAN', 65535, -2, 4000000000, -2**62, 3.141592653589793, True, b'hi')
print(len(data), rec.size, rec.unpack(data))
nat = struct.Struct('@cbhiqd')
print(nat.size, nat.unpack(nat.pack(b'z', -1, -2, -3, -4, 0.5)))
print(struct.pack('>I', 0xdeadbeef) == b'\xde\xad\xbe\xef', struct.unpack('<I', b'\xef\xbe\xad\xde')[0] == 0xdeadbeef)
print(struct.unpack('>hh', struct.pack('>hh', -32768, 32767)))
print([struct.calcsize(c) for c in 'xcbB?hHiIlLqQnNefdspP'])
print([struct.calcsize('=' + c) for c in 'xcbB?hHiIlLqQefdsp'])
total = 0
for vals in struct.iter_unpack('<hb', bytes(range(0)) if False else b'\x01\x00\x02\x03\x00\x04'):
    total += sum(vals)
print(total)
print(struct.unpack('<4B', struct.pack('<i', -1)), struct.unpack('<i', struct.pack('<4B', 255, 255, 255, 127)))
print(struct.pack('<?', 2), struct.pack('<?', ''), struct.unpack('<?', b'\xff'))
print(struct.pack('@i?i', 1, True, 2), struct.calcsize('@i?i'))
