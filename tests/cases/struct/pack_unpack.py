import struct
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for fmt, vals in [('@bi', (1, 2)), ('=bi', (1, 2)), ('<hHiI', (-2, 65535, -3, 7)), ('>hHiI', (-2, 65535, -3, 7)),
                  ('!q', (-5,)), ('<Q', (2**64 - 1,)), ('>5s', (b'ab',)), ('<3s', (b'abcdef',)), ('<0s', (b'abc',)),
                  ('3c', (b'a', b'b', b'c')), ('2?', (0, 'x')), ('?', ([],)), ('?', ([0],)), ('x', ()), ('2xh', (1,)),
                  ('5p', (b'hello world',)), ('<3p', (b'a',)), ('<p', (b'abc',)), ('@qbq', (1, 2, 3)), ('<i', (True,)),
                  ('>?h', (True, -1)), ('P', (0,)), ('P', (-1,)), ('n', (-5,)), ('N', (5,)), ('<l', (-1,)), ('@l', (-1,)),
                  (b'<h', (1,))]:
    data = struct.pack(fmt, *vals)
    print(fmt, vals, data, struct.unpack(fmt, data))
class I:
    def __index__(self):
        return 7
t(struct.pack, '<i', I())
t(struct.pack, '<Q', I())
t(struct.pack, '<d', I())
t(struct.pack, '<d', 3)
t(struct.pack, '<f', 2**200)
t(struct.pack, '<d', 2**2000)
class F:
    def __float__(self):
        return 2.5
t(struct.pack, '<d', F())
t(struct.pack, '<i', F())
t(struct.pack, '<300p', b'a' * 300)
print(struct.unpack('<300p', struct.pack('<300p', b'a' * 300))[0][:5], len(struct.unpack('<300p', struct.pack('<300p', b'a' * 300))[0]))
print(struct.unpack('<5p', b'\x09abcd'))
print(struct.unpack('<??', b'\x00\x05'))
print(struct.unpack('2xh', b'\x00\x00\x01\x00'))
