a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, a ^ b, a.union([5], (6,)), a.intersection(b, {3}), a.difference([1], [2]), a.symmetric_difference([1, 9]))
print(a <= {1, 2, 3}, a < {1, 2, 3}, a >= {1}, a > a, a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([7]))
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs == {1, 2}, hash(fs) == hash(frozenset({2, 1})), frozenset() is frozenset())
s = set()
s.update([1], (2,), {3: 0})
s.difference_update([1]); s.intersection_update([2, 3, 4]); s.symmetric_difference_update([3, 5])
print(s, s.copy(), s.discard(99), s.pop() in (2, 5), len(s))
for bad in [lambda: a | [1], lambda: a < [1], lambda: {[]}, lambda: set().remove(5), lambda: frozenset().add]:
    try:
        r = bad()
        print("ok", type(r).__name__)
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(set("hello") == set("olleh"), sorted({-1, 5, 2, -7}), repr(set()), repr(frozenset()), repr(frozenset({1})), {1, 2} == frozenset({1, 2}))
print({i for i in range(20)}, {(1, 2), (3, 4)}, {10, 1, 100, 5, 33})
