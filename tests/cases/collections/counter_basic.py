from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c.total(), c['z'], 'z' in c)
print(Counter(), Counter(a=3, b=-1), Counter({'x': 2, 'y': 0}))
print(Counter(['b', 'a', 'b', 'c', 'a', 'b']).most_common())
c.update('aaz')
print(c)
c.update({'a': -10, 'q': 2})
print(c)
c.subtract('bb')
print(c)
c.subtract({'r': 5}, r=1)
print(c)
c.update(k=2)
print(c)
del c['nope']
del c['k']
print(c, len(c))
print(Counter.fromkeys if False else 'skip')
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter() == Counter(x=0))
print(Counter(a=1) != Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=1) < Counter(a=1, b=1), Counter(a=2) >= Counter(a=1), Counter(a=1) > Counter())
c2 = c.copy()
print(type(c2).__name__, c2 == c, c2 is c)
print(repr(Counter({'a': 1.5, 'b': 2})))
print(Counter({1: 'x', 2: 'y'}).most_common())
e = Counter()
e['x'] += 1
e['y'] -= 1
print(e, +e, -e)
print(Counter(a=3, b=1).total(), Counter().total())
print(dict(Counter('hello')), list(Counter('hello').keys()))
print(Counter(a=1).get('b'), Counter(a=1).setdefault('b', 7))
class MyC(Counter):
    pass
m = MyC('aab')
print(m, type(m + m).__name__, type(m.copy()).__name__)
try:
    Counter(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Counter().update(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError:", e)
print(Counter(iterable=3), Counter(self=1))
