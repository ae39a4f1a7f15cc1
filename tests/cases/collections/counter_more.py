from collections import Counter
c = Counter({'a': 1, 'b': 'x'})
print(repr(Counter({1: 'a', 'b': 2})) if False else 'skip')
print(Counter({'x': 1, 'y': 3, 'z': 2}), Counter(['c', 'b', 'a']))
print(Counter('aabbcc').most_common(2), Counter({'a': 2, 'b': 2, 'c': 3}).most_common())
c = Counter(a=2)
c['b'] = 0
print(c, c.most_common(), list(c.elements()), c.total())
try:
    Counter(a='x').elements().__next__()
except TypeError as e:
    print("TypeError:", e)
print(Counter(a=1).__reduce__()[0].__name__, Counter.__module__)
x = Counter(a=1)
x.update(Counter(a=2, b=1))
print(x, x + Counter(), Counter() - x)
print(Counter(a=1, b=2) & Counter(b=3), Counter(a=1) | Counter(a=-1))
print(Counter('abc') == Counter('cba'), Counter(a=1) == Counter(a=1.0))
print(Counter().most_common(), Counter(a=1)['a'])
print({'a': 1} | Counter(b=2), type({'a': 1} | Counter(b=2)).__name__)
d = Counter(a=3)
d.subtract()
d.subtract(Counter(a=1))
print(d)
