# bytes(): empty, a count of zero bytes, an iterable of ints, a str with an encoding,
# bytes-like objects, __bytes__, and the exact-bytes identity shortcut.
print(bytes(), bytes(0), bytes(3))
print(bytes([72, 105]), bytes((0, 127, 128, 255)), bytes(range(65, 70)))
print(bytes(iter([1, 2, 3])), bytes(x for x in b'gen'))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes('é', 'latin-1', 'strict'))
print(bytes(bytearray(b'ba')), bytes(memoryview(b'mv')), bytes(b'same'))
b = b'identity'
print(bytes(b) is b)
class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(WithBytes()))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx(), True]))
print(type(bytes()), len(bytes(1000)))
