from collections import ChainMap

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm, cm['x'], cm['y'], cm['z'], len(cm), list(cm), sorted(cm.items()))
print(cm.get('w'), cm.get('w', 0), 'z' in cm, 'w' in cm, bool(cm), bool(ChainMap()))
cm['w'] = 5
print(a, b)
del cm['x']
print(a)
try:
    del cm['z']
except KeyError as e:
    print("KeyError:", e)
try:
    cm['missing']
except KeyError as e:
    print("KeyError:", e)
child = cm.new_child()
child['y'] = 'c'
print(child, child.parents, child.maps[0])
print(cm.new_child({'k': 1}), cm.new_child(k=2), cm.parents.parents)
print(ChainMap(), ChainMap({}))
print(cm.pop('w'), cm.pop('nope', 'dflt'))
try:
    cm.pop('z')
except KeyError as e:
    print("KeyError:", e)
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError:", e)
print(ChainMap({'p': 1}).popitem())
c2 = cm.copy()
c2['new'] = 1
print(cm, c2, type(c2).__name__)
cm.clear()
print(cm)
class D(dict):
    def __missing__(self, k):
        return 'missing-' + k
print(ChainMap(D())['q'])
print(ChainMap({'a': 1}, {'b': 2}) == ChainMap({'a': 1, 'b': 2}), ChainMap({'a': 1}) == {'a': 1})
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
m = ChainMap({'a': 1})
m |= {'c': 3}
print(m, ChainMap.fromkeys('ab', 0))
print(list(ChainMap({'b': 1, 'a': 2}, {'c': 3, 'a': 4})))
r = ChainMap()
r['self'] = r
print(r)
