from collections import defaultdict

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter['z'], len(by_letter))

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.default_factory)

nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(dict(nested['a']), isinstance(nested, dict))

print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(str, a='x'), defaultdict(list, [(1, [2])]))
d = defaultdict(set, {'k': {1}})
print(d.get('missing'), 'missing' in d, d.setdefault('m', 5), d)
try:
    defaultdict(None)['x']
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(42)
except TypeError as e:
    print("TypeError:", e)

c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory)
c.default_factory = None
try:
    c['q']
except KeyError as e:
    print("KeyError", e)

print(counts == dict(counts), defaultdict(int, a=1) == {'a': 1})
print(defaultdict(int, a=1) | {'b': 2}, {'z': 0} | defaultdict(int, a=1))
u = defaultdict(list, x=[1])
u |= {'y': [2]}
print(u, type({'z': 0} | defaultdict(int)).__name__)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b'], type(t['a']).__name__)
print(defaultdict.__mro__)

r = defaultdict(list)
r['self'] = r
print(r)
