# bound methods: __self__/__func__, equality, rebinding, methods stored in instances, unbound via class
class A:
    def m(self, x=1):
        return ("m", self.name, x)
    def __init__(self, name): self.name = name
a, b = A("a"), A("b")
bm = a.m
print(bm(), bm(5), bm.__self__ is a, bm.__func__ is A.m, bm.__name__)
print(a.m == b.m, a.m is a.m)
print(A.m(b), A.m(a, 2))
a.m = lambda: "instance attr"
print(a.m(), b.m())
del a.m
print(a.m())
def extra(self):
    return "extra for " + self.name
A.extra = extra
print(a.extra(), b.extra())
methods = [a.m, b.m]
print([m() for m in methods])
print(type(bm).__name__, type(A.m).__name__)
class B:
    def __eq__(self, o): return True
    __hash__ = None
    def f(self): pass
x, y = B(), B()
print(x.f == y.f)
try:
    A.m()
except TypeError as e:
    print("TypeError:", e)
