from functools import total_ordering

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), a == V(1), a != b)
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)))
print(V.__gt__.__name__, V.__le__.__doc__)
try:
    a > 5
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2), sorted(G(x).v for x in [3, 1]))

@total_ordering
class LE:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
    def __eq__(self, other):
        return self.v == other.v
print(LE(1) < LE(2), LE(2) > LE(1), LE(2) >= LE(2), LE(1) > LE(1))

@total_ordering
class GE:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
print(GE(1) < GE(2), GE(2) > GE(1), GE(1) <= GE(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

@total_ordering
class Both:
    def __lt__(self, other):
        return "lt"
    def __gt__(self, other):
        return "gt"
print(Both() < Both(), Both() > Both(), Both.__le__.__name__, Both.__ge__.__doc__)
