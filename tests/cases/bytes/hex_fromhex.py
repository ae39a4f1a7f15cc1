# bytes.hex() with separators and group sizes, bytes.fromhex() and its errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytes(range(0xf9, 0x100)) + b'\x00\x10'
print(b.hex(), b''.hex(), b'\x0f'.hex(':'))
for sep, n in [(':', 1), ('-', 2), ('-', -2), (b'_', 3), (' ', -3), ('.', 0), (':', 100)]:
    print(sep, n, b.hex(sep, n))
print(b.hex(sep='|'), b.hex(bytes_per_sep=2, sep=' '))
t(lambda: b.hex('::'))
t(lambda: b.hex('é'))
t(lambda: b.hex(b'\xff'))
t(lambda: b.hex(1))
t(lambda: b.hex(':', 'x'))
print(bytes.fromhex('48656c6c6f'), bytes.fromhex(' 01 02\t0304\n'), bytes.fromhex(''))
print(bytes.fromhex('FFfe'), bytearray.fromhex('41 42'))
t(lambda: bytes.fromhex('abc'))
t(lambda: bytes.fromhex('a b'))
t(lambda: bytes.fromhex('zz'))
t(lambda: bytes.fromhex('0g'))
t(lambda: bytes.fromhex(b'00'))
print(bytes.fromhex(b.hex()) == b)
