# bytes % args: %s/%b take bytes-like objects or __bytes__, %r/%a give ascii(),
# %c takes an int or one byte, numbers as for str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b'BB'
print(b'%s|%b|%s|%s' % (b'x', bytearray(b'y'), memoryview(b'z'), B()))
print(b'%d %i %u %x %X %o %#x %#o %+d % d %05d' % (1, 2, 3, 255, 255, 8, 255, 8, 4, 5, -6))
print(b'%f %.2f %e %g %G %10.3f|%-8.1f|' % (1.5, 2.345, 3.5, 0.0001, 1e20, 3.14159, 2.5))
print(b'%r %a %r' % (b'x', 'é', 1), b'%c%c%c' % (65, b'B', bytearray(b'C')))
print(b'%5s|%-5s|%.2s|%5c|%-3c|' % (b'ab', b'cd', b'efg', 65, b'z'))
print(b'%(a)s and %(b)d' % {b'a': b'A', b'b': 7}, b'100%%' % (), b'%s' % (b'only',))
print(bytearray(b'%s-%s') % (b'a', b'b'), b'%d' % True, b'%x' % 2**70)
t(lambda: b'%s' % 'str')
t(lambda: b'%b' % 5)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%c' % 'a')
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'abc' % 'x')
t(lambda: b'%z' % 1)
t(lambda: b'%d' % b'x')
t(lambda: b'%(a)s' % {'a': 1})
