from collections import ChainMap, OrderedDict
class DC(ChainMap):
    def __missing__(self, key):
        return f'<{key}>'
d = DC({'a': 1})
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
c = ChainMap({'a': 0}, {'a': 1, 'b': None})
print(c['a'], c['b'], 'b' in c, len(c), c.get('b', 'dflt'))
print(c.new_child(None), c.new_child(OrderedDict(x=1)), c.new_child({'q': 1}, r=2))
print(list(ChainMap(OrderedDict(b=1, a=2), {'c': 3, 'a': 4}).items()))
print(ChainMap({1: 'a'}, {1: 'b'}, {2: 'c'}).maps, ChainMap({'a': 1}).parents)
nested = ChainMap({'x': 1}, ChainMap({'y': 2}))
print(nested, nested['y'], repr(ChainMap({'k': [1]})))
try:
    ChainMap({}, {'only': 1}).pop('only')
except KeyError as e:
    print("KeyError:", e)
try:
    c.popitem()
    c.popitem()
except KeyError as e:
    print("KeyError:", e)
print(c, ChainMap(dict(a=1)) != ChainMap(dict(a=2)), bool(ChainMap({}, {'a': 1})))
m = ChainMap({'a': 1}, {'b': 2})
e = m | ChainMap({'c': 3})
print(e, type(e).__name__, e.maps)
try:
    m | 1
except TypeError as ex:
    print("TypeError:", ex)
import copy
cc = copy.copy(m)
cc['new'] = 0
print(m, cc, copy.deepcopy(m).maps[1] is m.maps[1], m.__copy__() == m)
print(ChainMap.fromkeys(['x', 'y']), list(reversed(list(ChainMap({'a': 1}, {'b': 2})))))
