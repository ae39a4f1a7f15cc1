# Attribute lookups stay right when classes change between accesses of the same code.
class A:
    def f(self):
        return "A.f"
    k = 1

class B(A):
    pass

def probe(o):
    out = []
    for _ in range(3):
        try:
            out.append((o.f(), o.k, o.f.__name__))
        except AttributeError as e:
            out.append(str(e))
    return out

b = B()
print(probe(b))
B.f = lambda self: "B.f"          # shadow in the subclass
print(probe(b)[0])
del B.f
print(probe(b)[0])
A.k = 2                           # change the base
print(probe(b)[0])
b.k = "inst"                      # instance dict shadows a class attribute
print(probe(b)[0])
b.f = lambda: "inst f"            # ...and a method
print(probe(b)[0])
del b.f, b.k
print(probe(b)[0])
del A.f
print(probe(b)[0])

class C:
    def f(self):
        return "C.f"
    k = 3
b = C()                           # the same code, another class
print(probe(b)[0])

def g(self, name):
    return "getattr:" + name
C.__getattr__ = g                 # a hook added later
del C.k
print(b.k, b.f())
C.__getattribute__ = lambda self, name: "ga:" + name
print(b.k, b.anything)
del C.__getattribute__, C.__getattr__

class D:
    def __get__(self, obj, cls):
        return "descr"
C.k = D()                         # a descriptor appears
print(b.k)
class E:
    def __get__(self, obj, cls):
        return "data"
    def __set__(self, obj, v):
        pass
b.__dict__["k"] = "shadow"
print(b.k)
C.k = E()                         # a data descriptor beats the instance dict
print(b.k)
C.k = property(lambda self: "prop")
print(b.k)

# The same code on instances of different classes.
class P:
    x = "P"
class Q:
    x = "Q"
    def __init__(self):
        self.y = 1
for o in [P(), Q(), P(), Q()]:
    print(o.x, getattr(o, "y", None))

# Methods looked up through the cache still bind correctly.
class M:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
ms = [M(i) for i in range(4)]
print([m.get() for m in ms], [M.get(m) for m in ms])
bound = [m.get for m in ms]
print([b() for b in bound])
