# dict subclass: __setitem__ override is NOT used by update()/constructor; __getitem__ not used by get()
class Upper(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k.upper())
d = Upper(a=1)
print(d)
d["b"] = 2
print(d, d["b"])
d.update(c=3)
print(d)
print(d.get("C"), d.get("c"))
d.setdefault("e", 5)
print(dict(d), len(d), type(d.copy()).__name__)
print(sorted(d.keys()), list(d.values()))
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
a = Attr(x=1)
print(a.x)
try:
    a.y
except AttributeError as e:
    print("AttributeError:", e)
print(Attr(x=1) == {"x": 1}, {**Attr(z=2)}, type(Attr() | {}).__name__)
