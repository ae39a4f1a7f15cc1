from array import array
a = array('d', [3.5, -1.0, 2.25])
print(bool(a), bool(array('d')), sum(a), sorted(a), max(a), list(reversed(a)))
for i, x in enumerate(a):
    print(i, x)
print(isinstance(a, array), type(a).__name__, type(a).__module__, array.__name__)
b = array('i', range(8))
del b[::-3]; print(b)
b[1:1] = array('i', [100, 200]); print(b)
b[5:] = array('i'); print(b)
b[:] = array('i', [9]); print(b)
print(array('u', 'abc') == array('u', 'abc'), array('u', 'ab') < array('u', 'b'))
c = array('l', [1, 2, 3])
print(c[-1], c[0:10:2], c[10:], len(c * 3), c.count(2), c.index(3, -1))
try:
    hash(c)
except TypeError as e:
    print('unhashable')
x = array('B', b'hello')
print(x, x.tobytes(), x.tobytes() == b'hello')
print(array('i', [1, 2]) + array('i', [3]), array('i', [1]) * 3)
print(str(array('f', [0.5])), f"{array('b', [1])}")
import copy
y = copy.deepcopy(array('d', [1.0]))
print(y, type(y).__name__)
