from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 1), ('y', 2)], z=3)
print(od)
od['x'] = 100
print(od, od.pop('y'), od.setdefault('w', 0), od)
print(OrderedDict(), OrderedDict([(1, 'one')]), OrderedDict(a=1, b=2))
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
cp = od.copy()
print(cp, type(cp).__name__, cp is od)
print(od | {'new': 1}, {'new': 1} | od, type({'new': 1} | od).__name__)
od |= {'q': 9}
print(od)
print(isinstance(od, dict), len(od), 'q' in od, od.get('zz'))

try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end('missing')
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Keys keep their identity when moved.
k = OrderedDict([(1, 'int'), (2, 'two')])
k.move_to_end(1.0)
print(k, [type(x).__name__ for x in k])
k.move_to_end(True, last=False)
print(k)
