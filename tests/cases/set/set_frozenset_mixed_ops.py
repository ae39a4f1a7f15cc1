# set and frozenset operators, result types, methods accepting any iterable
s = {1, 2, 3, 4}
f = frozenset({3, 4, 5})
for r in (s | f, s & f, s - f, s ^ f, f | s, f & s, f - s, f ^ s):
    print(type(r).__name__, sorted(r))
print(s.union([9], (8,)), s.intersection(range(3), [1, 2, 7]), s.difference("x", [1]), f.symmetric_difference([5, 6]))
print(type(f.union([1])).__name__, type(f.copy()).__name__, f.copy() is f)
print(s == frozenset(s), {frozenset({1, 2}): "k"}[frozenset([2, 1])], {f, frozenset([3, 4, 5])} == {f})
print(s <= {1, 2, 3, 4}, s < {1, 2, 3, 4}, f >= {3}, f > f, s.issubset(range(10)), f.issuperset([3, 4]))
print(frozenset(), frozenset([1, 1]), repr(frozenset({2})), set(), {()}, frozenset() == set())
t = set(s)
t |= f
print(sorted(t))
t &= {1, 3, 5, 7}
print(sorted(t))
t -= frozenset([1])
print(sorted(t))
t ^= {5, 9}
print(sorted(t))
t.update([10], (11,), {12})
t.difference_update([10, 3])
t.intersection_update(range(20))
t.symmetric_difference_update({11, 0})
print(sorted(t))
try:
    s | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    s < [1]
except TypeError as e:
    print("TypeError:", e)
g = frozenset([1, 2])
h = g
h |= {3}
print(sorted(g), sorted(h), g is h)
print(sorted({frozenset(), frozenset({1}), frozenset({1, 2})}, key=len))
