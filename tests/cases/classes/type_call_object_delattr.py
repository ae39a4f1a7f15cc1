# type.__call__ (a metaclass's super().__call__), object.__delattr__ (super().__delattr__).
class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class P(metaclass=Meta):
    def __init__(self, x=0): self.x = x
p = P(5)
print(p.x, type.__call__(int, "5"), type.__call__(P, 7).x)
class T:
    def __delattr__(self, n):
        print("delattr", n)
        super().__delattr__(n)
t = T(); t.a = 1; t.b = 2
del t.a
object.__delattr__(t, "b")
print(vars(t))
try: object.__delattr__(t, "zz")
except AttributeError as e: print(e)
