# bytearray's repr (always escaping ', even inside double quotes), subclasses (repr with
# the class name, __init__ via super()), and methods returning plain bytearrays.
for b in [bytearray(), bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b'\'"'), bytearray(b'\x00\xff\\')]:
    print(repr(b), str(b))
class Buf(bytearray):
    def __init__(self, data, tag='t'):
        super().__init__(data)
        self.tag = tag
b = Buf(b'abc', 'mine')
print(b, repr(b), b.tag, len(b), b[0], isinstance(b, bytearray))
b.append(100)
b += b'!'
print(b, type(b).__name__, type(b.upper()).__name__, type(b.copy()).__name__, type(b[:2]).__name__)
class Plain(bytearray):
    pass
print(Plain(3), Plain([1, 2]), Plain('x', 'ascii'), Plain(), Plain.fromhex('4142'))
p = Plain(b'xy')
p.__init__(b'reset')
print(p)
