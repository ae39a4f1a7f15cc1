# chained comparisons evaluate each middle operand once, short-circuit left to right, mix operators
def v(name, val):
    print("eval", name)
    return val
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 1) == v("b", 1) != v("c", 2) is not None)
x = 5
print(1 < x <= 5, 1 < x < 5, 0 <= x < 10 > 9, x in [5] in [[5]], x is x == 5)
print(1 < 2 > 1.5 == 1.5 != "a")
class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n} < {o.n}")
        return "truthy" if self.n < o.n else ""
a, b, c = Cmp(1), Cmp(2), Cmp(3)
print(repr(a < b < c), repr(b < a < c))
try:
    1 < "a" < 3
except TypeError as e:
    print("TypeError:", e)
print(not 1 < 2, (1 < 2) < 3, 1 < (2 < 3))
