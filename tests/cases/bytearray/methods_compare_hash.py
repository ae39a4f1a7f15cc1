# Shared methods return bytearrays; comparisons with bytes; unhashable; iteration sees
# changes made while iterating.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'Hello World')
print(b.upper(), b.split(), b.partition(b' '), b.replace(b'l', b'L'), b.strip(b'Hd'))
print(b.hex(':'), b.find(b'o'), b.count(108), b.startswith(b'He'), b.decode(), b.isalpha())
print(b.center(15, b'*'), b.zfill(13), b.title(), b'-'.join([b, b]), bytearray(b'-').join([b'a', b'b']))
print(b == b'Hello World', b'Hello World' == b, b < b'Z', b > bytearray(b'A'), b == 'Hello World')
print(b'ab' <= bytearray(b'ab'), bytearray(b'a') < memoryview(b'b'), bytearray(b'a') == memoryview(b'a'))
print(b in [b'Hello World'], b'World' in b, 72 in b)
t(lambda: hash(bytearray()))
t(lambda: {bytearray(): 1})
print(bytearray.__hash__)
c = bytearray(b'hello')
it = iter(c)
next(it)
c[1] = 69
c.append(33)
print(next(it), list(it), type(iter(c)).__name__)
