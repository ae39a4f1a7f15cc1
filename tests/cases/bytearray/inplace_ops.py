# += and *= change the bytearray in place; + and * make new ones.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'ab')
alias = b
b += b'cd'
b += bytearray(b'e')
b += memoryview(b'f')
print(b, alias is b)
b *= 2
print(b, alias is b)
b *= 0
print(b, alias is b)
c = bytearray(b'xy')
print(c + b'z', b'z' + c, c * 2, 3 * c, type(b'z' + c).__name__, type(c + b'z').__name__)
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
t(lambda: iadd(bytearray(), 'x'))
t(lambda: iadd(bytearray(), 5))
t(lambda: imul(bytearray(b'a'), 'x'))
t(lambda: bytearray(b'a') + 'x')
print(b'%s' % c, bytearray(b'%d') % 5)
