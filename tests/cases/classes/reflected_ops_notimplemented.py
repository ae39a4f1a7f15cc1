# binary operators: NotImplemented falls back to reflected ops; subclass reflected priority
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        print("V.__add__", type(o).__name__)
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", type(o).__name__)
        if isinstance(o, int):
            return V(o + self.x)
        return NotImplemented
    def __mul__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return V(o - self.x)
    def __repr__(self):
        return f"V({self.x})"
print(V(1) + V(2), V(1) + 5, 5 + V(1), 10 - V(3))
print(sum([V(1), V(2)]), sum([V(1)], V(10)))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) * 2
except TypeError as e:
    print("TypeError:", e)
class W(V):
    def __radd__(self, o):
        print("W.__radd__ first")
        return "W wins"
print(V(1) + W(2))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
a = Acc()
a += 1
a += 2
print(a.items, a + 3)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
n = NI()
n += 1
print(n)
print(3 .__add__(2.0), (2.0).__radd__(3), (3).__radd__(4))
