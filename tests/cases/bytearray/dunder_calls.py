# Explicit dunder calls of bytes/bytearray (__add__/__mul__/__imul__) raise as CPython's sequence slots do.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def imul(a, b):
    a *= b
    return a
t(lambda: imul(bytearray(b'a'), 'x'))
t(lambda: imul(bytearray(b'a'), 2.0))
t(lambda: bytearray(b'a').__imul__('x'))
t(lambda: bytearray(b'a').__mul__('x'))
t(lambda: b'a'.__mul__('x'))
t(lambda: b'a'.__rmul__(2))
t(lambda: b'a'.__add__('x'))
t(lambda: bytearray(b'a').__add__('x'))
t(lambda: bytearray(b'a').__iadd__('x'))
a = bytearray(b'xyz')
t(lambda: a.__init__(1.5))
print(a)
a = bytearray(b'xyz')
a.__init__(a); print(a)
