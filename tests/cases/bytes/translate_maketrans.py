# bytes.maketrans and translate (with a table, None, and bytes to delete).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
table = bytes.maketrans(b'abc', b'ABC')
print(len(table), table[97:100], table[:3])
print(b'aabbcc xyz'.translate(table), b'abcabc'.translate(table, b'b'))
print(b'hello world'.translate(None, b'lo'), b'hello'.translate(None, delete=b'h'))
print(bytearray(b'abc').translate(table), bytearray.maketrans(b'x', b'y')[120])
t(lambda: b'x'.translate(b'short'))
t(lambda: bytes.maketrans(b'ab', b'c'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: b'x'.translate(None, 'x'))
