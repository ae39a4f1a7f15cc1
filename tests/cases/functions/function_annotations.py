# Function annotations: parameters, *args, keyword-only, **kwargs, return; mangled names; empty dict when none.
def f(a: int, b: "x" = 2, *args: str, k: float = 1.0, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y=1): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
def outer():
    T = list
    def inner(v: T) -> T:
        return v
    return inner
print(outer().__annotations__)
class C:
    def m(self, __p: int) -> "C": pass
print(C.m.__annotations__)
g.__annotations__ = {"z": 1}
print(g.__annotations__)
