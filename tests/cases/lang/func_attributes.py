# function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__, __dict__, __annotations__
def f(a, b: int = 2, *args, c: str = "x", d, **kw) -> bool:
    "Docstring of f."
    return True

print(f.__name__, f.__qualname__, f.__module__)
print(f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
f.custom = 5
print(f.custom, f.__dict__["custom"])

def g(): pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__annotations__)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
g.__defaults__ = (1,)
print(g.__defaults__)
g.__doc__ = "new doc"
print(g.__doc__)

class C:
    def m(self):
        """method doc"""
        def inner(): pass
        return inner
print(C.m.__qualname__, C().m().__qualname__, C.m.__doc__)
print(C().m.__name__, C().m.__func__ is C.m)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)
