# find/rfind/index/rindex/count with int or bytes needles and start/end bounds.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'abracadabra'
print(b.find(b'bra'), b.rfind(b'bra'), b.find(b'zz'), b.rfind(b'zz'))
print(b.find(97), b.rfind(97), b.find(b'a', 1), b.find(b'a', 1, 3), b.find(b'a', -4))
print(b.find(b''), b.find(b'', 11), b.find(b'', 12), b.rfind(b''), b.rfind(b'', 3, 5))
print(b.find(bytearray(b'cad')), b.find(memoryview(b'dab')), b.find(b'a', None, None))
print(b.count(b'a'), b.count(b'bra'), b.count(97, 1), b.count(b''), b.count(b'', 3, 5), b.count(b'a', 5, 2))
print(b'aaaa'.count(b'aa'), b.index(b'c'), b.rindex(b'a', 0, -1), b.index(100))
print(b.find(b'a', 2**70), b.find(b'a', -2**70), b.find(b'r', 0, 2**70))
t(lambda: b.index(b'x'))
t(lambda: b.rindex(b'x'))
t(lambda: b.find('a'))
t(lambda: b.find(256))
t(lambda: b.find(-1))
t(lambda: b.count([1]))
t(lambda: b.find(b'a', 'x'))
t(lambda: b.find())
t(lambda: b.find(b'a', 1, 2, 3))
t(lambda: b.find(sub=b'a'))
