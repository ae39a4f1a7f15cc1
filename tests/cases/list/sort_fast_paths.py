# Sorting compares exact ints, floats, strs and tuples without the full protocol; the
# answers must be the protocol's.
print(sorted([3, -1, 2**70, 2.5, -0.0, 0, True]))
print(sorted(["b", "a", "é", "z", "Z", "", "ab", "\U0001F600", "\xff"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), ()]))
print(sorted([(1, 2.0), (1, 1), (1.0, 1.5)]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"K({self.v})"
print(sorted([K(1), K(3), K(2)]))
print(sorted([(1, K(1)), (1, K(2)), (0, K(5))]))
class S(str):
    def __lt__(self, o): return len(self) < len(o)
print(sorted([S("ccc"), S("a"), S("bb")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print(e)
nan = float("nan")
print(sorted([(nan, 1), (0.5, 2)])[1][1])
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2.0), (1, "a") != (1, "a"), (2,) > (1, 9))
data = [(i % 3, -i) for i in range(10)]
print(sorted(data, key=lambda t: t[0]))   # stable
print(sorted(data, reverse=True))
