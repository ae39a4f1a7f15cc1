import weakref
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
d = weakref.WeakValueDictionary()
x, y = A(3), A(4)
d["x"] = x; d["y"] = y
print(sorted(d.keys()), len(d), d["y"], d.get("zz", "dflt"))
del x
print(sorted(d.keys()), len(d), "y" in d, "x" in d)
try:
    d["x"]
except KeyError as e:
    print("KeyError", e)
print(d.pop("y"), len(d), d.setdefault("z", y), list(d.values()))
k = weakref.WeakKeyDictionary()
kk = A(5); k[kk] = "five"
print(len(k), k[kk], kk in k, list(k.values()))
del kk
print(len(k), list(k.items()))
s = weakref.WeakSet()
o1, o2 = A(6), A(7)
s.add(o1); s.add(o2)
print(len(s), o1 in s, sorted(x.n for x in s))
del o1
print(len(s), [x.n for x in s])
s.discard(o2)
print(len(s), bool(s.data))
ws = weakref.WeakSet([o2])
print(ws == weakref.WeakSet([o2]), o2 in ws)
