from collections import OrderedDict
import copy
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, a.keys() == b.keys(), list(a.values()) == list(b.values()))
print(a.items() == b.items(), a.keys() <= {'x', 'y', 'z'})
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
for v in (a.keys(), a.values(), a.items()):
    print(v, type(v).__name__, len(v), list(reversed(v)))
print('x' in a.keys(), 1 in a.values(), ('x', 1) in a.items())
it = iter(a)
a['z'] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(a)
a['x'] = 5
print(next(it))
print(a.popitem(last=True), a.popitem(False), a)
print(copy.copy(a), copy.deepcopy(OrderedDict(k=[1])), a.copy() == a)
print(OrderedDict.fromkeys('abc', 1) | OrderedDict(z=0))
r = OrderedDict()
r['self'] = r
print(r)
try:
    a.pop('missing')
except KeyError as e:
    print("KeyError", e)
print(a.pop('missing', 'd'), a.setdefault('n', 10), a)
del a['n']
try:
    del a['n']
except KeyError as e:
    print("KeyError", e)
class Sub(OrderedDict):
    pass
s = Sub(a=1)
print(s, s.copy(), type(s.copy()).__name__, type(s | {}).__name__)
print(OrderedDict(a=1).__reduce__()[0] is OrderedDict)
print(repr(OrderedDict([(1, 2)]).items()))
print(sorted(vars(OrderedDict(a=1))) if hasattr(OrderedDict(), '__dict__') else 'nodict')
o = OrderedDict.fromkeys('abcde')
for k in 'eca':
    o.move_to_end(k, last=False)
print(''.join(o))
try:
    OrderedDict() + 1
except TypeError as e:
    print("TypeError:", e)
print(OrderedDict.__module__, OrderedDict[int, str])
