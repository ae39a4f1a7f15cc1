# matching __eq__/__hash__ let distinct objects act as the same dict key / set member
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return self.x * 1000 + self.y

    def __repr__(self):
        return "P(" + str(self.x) + "," + str(self.y) + ")"

d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
d[Point(2, 1)] = "c"
print(len(d), d[Point(1, 2)], Point(2, 1) in d, Point(3, 3) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
print(Point(1, 1) in s, Point(1, 1) == Point(1, 1), Point(1, 1) != Point(1, 2))
print(Point(1, 2) == (1, 2), hash(Point(4, 5)))

class Key:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and self.n % 10 == other.n % 10
    def __hash__(self):
        return self.n % 10

counts = {}
for n in [1, 11, 21, 2, 12, 3]:
    k = Key(n)
    counts[k] = counts.get(k, 0) + 1
print(sorted((k.n, v) for k, v in counts.items()))

class Same:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return True

print(len({Same(), Same()}), {1: "x"}.get(Same()))
print(hash(Same()), len({Same(): 1, 7: 2}))
class Unhashable(Point):
    __hash__ = None
try:
    {Unhashable(1, 1)}
except TypeError as e:
    print("TypeError:", e)
