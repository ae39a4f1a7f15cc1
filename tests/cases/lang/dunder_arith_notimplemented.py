# binary operators: __op__ then reflected __rop__; NotImplemented fallback; subclass reflected priority
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
    def __add__(self, o):
        print("V.__add__")
        return V(self.n + o.n) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        print("V.__radd__")
        return V(self.n + o) if isinstance(o, int) else NotImplemented
    def __sub__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return V(self.n * o)
    __rmul__ = __mul__

class W(V):
    def __radd__(self, o):
        print("W.__radd__")
        return W(100)
    def __repr__(self): return f"W({self.n})"

print(V(1) + V(2))
print(3 + V(4))
print(V(1) + W(2))
print(V(5) * 2, 2 * V(5))
try:
    V(1) - V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)
for op in ["//", "%", "**", "<<", ">>", "&", "|", "^", "@", "/"]:
    try:
        if op == "//": V(1) // V(2)
        elif op == "%": V(1) % V(2)
        elif op == "**": V(1) ** V(2)
        elif op == "<<": V(1) << V(2)
        elif op == ">>": V(1) >> V(2)
        elif op == "&": V(1) & V(2)
        elif op == "|": V(1) | V(2)
        elif op == "^": V(1) ^ V(2)
        elif op == "@": V(1) @ V(2)
        elif op == "/": V(1) / V(2)
    except TypeError as e:
        print("TypeError:", e)
