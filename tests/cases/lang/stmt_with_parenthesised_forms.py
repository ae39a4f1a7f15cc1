# with statement forms: parenthesised multi-item with trailing comma, targets as tuples/attributes/subscripts
class CM:
    def __init__(self, v): self.v = v
    def __enter__(self):
        print("enter", self.v)
        return self.v
    def __exit__(self, *a):
        print("exit", self.v)
with (CM(1) as a, CM(2) as b,):
    print(a, b)
with (CM(3), CM(4)):
    print("no targets")
with (CM(5)) as c:
    print("parenthesised expression", c)
with CM((6, 7)) as (x, y):
    print("tuple target", x, y)
class Holder: pass
h = Holder()
d = {}
with CM("attr") as h.value, CM("item") as d["k"]:
    pass
print(h.value, d)
with (
    CM("a")
):
    pass
