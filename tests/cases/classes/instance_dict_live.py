# obj.__dict__ is the live attribute table: writes through it are attributes.
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)
a = A(x=1, y=2)
print(a.__dict__)
a.__dict__["z"] = 3
print(getattr(a, "z", "missing"), vars(a))
del a.__dict__["x"]
print(hasattr(a, "x"), a.__dict__ is a.__dict__, vars(a) is a.__dict__)
def f(): pass
f.__dict__["tag"] = 1
print(f.tag, f.__dict__)
e = ValueError("m")
e.__dict__["note"] = 2
print(e.note)
class B:
    pass
b = B()
b.x = 1
for k in list(b.__dict__):
    b.__dict__[k + "2"] = 5
print(sorted(vars(b).items()))
