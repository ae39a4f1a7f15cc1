d = dict(a=1, b=2)
print(d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.pop("z", None), d)
print(d.popitem(), d, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict([(1, 2)], x=3), dict({1: 2}, **{"y": 4}))
d.update([("k", 1)], m=2)
d.update({"n": 3})
print(d, d | {"a": 0}, {"z": 1} | d, list(reversed(d)), d == dict(d), d != {})
for bad in [lambda: d.pop("zz"), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1]), lambda: dict(1), lambda: d | [1], lambda: d["missing"], lambda: dict.fromkeys(1)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return k * 2
dd = D(a=1)
print(dd["zz"], dd.get("zz"), "zz" in dd, dd, type(dd.copy()).__name__, type(dd | {}).__name__)
print({1: "a", True: "b", 1.0: "c"}, {(): 1}, {frozenset(): 1}, len({i: i for i in range(100)}))
x = {}
x[x.__class__] = 1
print(x)
o = {"b": 1, "a": 2}
del o["b"]
o["b"] = 3
print(o, list(o), list(o.items()))
