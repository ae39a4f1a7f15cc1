# rich comparisons: reflected fallback, == identity fallback, ordering errors
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("A.__lt__")
        if isinstance(o, A):
            return self.v < o.v
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("B.__gt__")
        return self.v > o.v
print(A(1) < A(2))
print(A(1) > A(2))
print(A(5) < B(3))
print(B(3) > A(5))
x = A(1)
print(x == x, x == A(1), x != x, x != A(1))
try:
    A(1) <= A(2)
except TypeError as e:
    print("TypeError:", e)
try:
    B(1) < B(2)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1) < 5
except TypeError as e:
    print("TypeError:", e)
class C(A):
    def __gt__(self, o):
        print("C.__gt__ (reflected, subclass first)")
        return True
print(A(1) < C(0))
class Ne:
    def __eq__(self, o):
        return "truthy-string"
print(Ne() == 1, Ne() != 1, 1 == Ne(), 1 != Ne())
class Dif:
    def __ne__(self, o):
        return "custom ne"
print(Dif() != 1, Dif() == 1)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
print(1 == 1.0 == True, "a" < "b" < "c", 1 < 2 > 0 != 5)
