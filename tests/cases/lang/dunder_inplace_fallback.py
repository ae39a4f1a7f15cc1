# augmented assignment: __iadd__ first, then __add__, then __radd__; returning NotImplemented; immutables
class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
    def __iadd__(self, o):
        print("A.__iadd__")
        self.v += o
        return self
    def __isub__(self, o):
        print("A.__isub__ -> NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("A.__sub__")
        return A(self.v - o)
    def __mul__(self, o):
        print("A.__mul__")
        return A(self.v * o)
    def __imul__(self, o):
        print("A.__imul__ returns None")

x = A(1)
y = x
x += 5
print(x, x is y)
x -= 1
print(x, x is y)
x *= 3
print(x)

class R:
    def __rmul__(self, o):
        return "R.__rmul__"
n = 3
n *= R()
print(n)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError:", e)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "a"
s *= 3
print(s)
class N:
    pass
z = N()
try:
    z += 1
except TypeError as e:
    print("TypeError:", e)
try:
    z **= 2
except TypeError as e:
    print("TypeError:", e)
