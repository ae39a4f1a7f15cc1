# annotations are evaluated at def time in order; return annotation stored under 'return'
order = []
def note(x):
    order.append(x)
    return x

def f(a: note("a"), b: note("b") = note("default-b"), *args: note("args"), k: note("k"), **kw: note("kw")) -> note("ret"):
    pass
print(order)
print(f.__annotations__)


class C:
    x: int
    y: str = "s"
    z = 3
print(C.__annotations__)
print(hasattr(C, "x"), C.y)

def local_ann():
    v: int = 5
    w: str
    return v
print(local_ann(), local_ann.__annotations__)
def g2(x: "a string annotation", y: list) -> None: pass
print(g2.__annotations__)
