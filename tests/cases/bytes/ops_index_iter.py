# Indexing (ints), slicing (bytes), iteration (ints), `in`, +, *, comparisons, hashing.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'abcdef'
print(b[0], b[-1], b[1:3], b[::2], b[::-1], b[10:], b[-100:2], type(b[0]))
print(list(b), [x for x in b'\x00\xff'], list(reversed(b'xyz')), max(b), sum(b'\x01\x02'))
print(b'c' in b, b'cd' in b, b'' in b, 99 in b, 300 in b'x' if False else 0 in b, bytearray(b'ef') in b)
print(b + b'g', b + bytearray(b'h'), b + memoryview(b'i'), b * 2, 2 * b'xy', b * 0, b * -3)
print(b == b'abcdef', b != b'abc', b < b'abd', b'ab' < b'abc', b'b' > b'abc', b <= b, b >= b'')
print(b == 'abcdef', b == bytearray(b'abcdef'), b == memoryview(b'abcdef'))
print(sorted([b'b', b'a', b'ab', b'']), len(b), bool(b''), bool(b'\x00'))
print(hash(b'abc') == hash('abc'), hash(b'') == 0, hash(b'x') == hash(b'x'), {b'k': 1}[b'k'])
print(b.__len__(), b.__getitem__(1), b.__contains__(97), b.__add__(b'!'), b.__mul__(2))
t(lambda: b[6])
t(lambda: b[1.5])
t(lambda: b['a'])
t(lambda: b + 'x')
t(lambda: b + 1)
t(lambda: 'x' + b)
t(lambda: b * 'x')
t(lambda: 'x' in b)
t(lambda: 256 in b)
t(lambda: b < 'a')
t(lambda: b < memoryview(b'a'))
t(lambda: b.__setitem__(0, 1))
t(lambda: b.__delitem__(0))
