import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, [2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, d, c is p, c.y is p.y, d.y is p.y, type(d).__name__)

class Slots:
    __slots__ = ('a', 'b')
s = Slots()
s.a = [1]
cs = copy.copy(s)
ds = copy.deepcopy(s)
print(cs.a is s.a, ds.a == s.a, ds.a is s.a, hasattr(cs, 'b'))

class Sub(Slots):
    __slots__ = ('c',)
x = Sub()
x.a, x.c = 1, 2
y = copy.copy(x)
print(y.a, y.c, hasattr(y, 'b'))

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
cc = copy.copy(Custom([1]))
dc = copy.deepcopy(Custom([1]))
print(cc.v, dc.v)

class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'expensive'
    def __getstate__(self):
        print("getstate")
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = 'rebuilt'
s2 = copy.deepcopy(State())
print(s2.data, s2.cache)

class Reduced:
    def __init__(self, a, b=0):
        print("init", a, b)
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
r = copy.copy(Reduced(1, 2))
print(r.a, r.b)

class ReducedEx:
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (ReducedEx, ())
copy.copy(ReducedEx())

class NewArgs:
    def __new__(cls, n):
        print("new", n)
        self = super().__new__(cls)
        self.n = n
        return self
    def __getnewargs__(self):
        return (self.n,)
na = copy.deepcopy(NewArgs(7))
print(na.n)

class AsString:
    def __reduce__(self):
        return "global_name"
z = AsString()
print(copy.copy(z) is z, copy.deepcopy(z) is z)
