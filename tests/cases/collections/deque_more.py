from collections import deque
import copy
d = deque(range(6))
print(d.index(3), d.index(3, 1, 5), d.index(5, -2))
for args in [(9,), (3, 4), (3, 0, 2)]:
    try:
        d.index(*args)
    except ValueError as e:
        print("ValueError:", e)
print(copy.copy(d), copy.deepcopy(deque([[1]], 3)), d.copy() is d)
print(deque[int], type(deque[int]))
print(d.__reduce__()[0].__name__ if hasattr(d, '__reduce__') else None)
e = deque([1, 2])
e += e
print(e)
e.extend(e)
print(e, e * 0, 0 * e)
e *= -1
print(e)
print(deque('abc') == deque('abc'), deque('abc') == list('abc'), deque([1]) < deque([1, 0]), deque([2]) > deque([1, 9]))
try:
    deque() < []
except TypeError as e:
    print("TypeError:", e)
r = deque([1, 2, 3])
it = reversed(r)
print(next(it))
r.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(r.count(2), r.remove(2), r, 3 in r, 9 in r)
try:
    r.remove(9)
except ValueError as e:
    print("ValueError:", e)
del r[0]
r[0] = 'x'
print(r, r[-1])
try:
    r[5]
except IndexError as e:
    print("IndexError:", e)
try:
    r['a']
except TypeError as e:
    print("TypeError:", e)
try:
    r[1:2]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
r.insert(100, 'end'); r.insert(-100, 'start'); r.insert(1, 'mid')
print(r, len(r), bool(deque()))
print(deque(maxlen=0), deque([1, 2, 3], maxlen=0))
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z)
print(repr(deque([deque([1])])))
s = deque(); s.append(s); print(s)
import collections.abc
print(isinstance(d, collections.abc.MutableSequence), deque.__module__, deque.__name__)
class Sub(deque):
    pass
sd = Sub([1, 2], 4)
print(sd, copy.copy(sd), type(sd.copy()).__name__)
print(deque([1, 2]) + deque([3]), type(Sub([1]) + deque([2])).__name__)
try:
    deque([1]) + [2]
except TypeError as e:
    print("TypeError:", e)
print(deque(reversed(deque('abc'))), deque(x for x in 'hi'))
d2 = deque('abcdef')
d2.rotate(2); print(d2); d2.rotate(-3); print(d2); d2.rotate(len(d2) * 5 + 1); print(d2)
