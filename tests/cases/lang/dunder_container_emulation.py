# a full user-defined mapping: __len__/__iter__/__getitem__/__contains__ used by dict(), list(), in, unpacking
class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v): self._d[k] = v
    def __getitem__(self, k): return self._d[k]
    def __delitem__(self, k): del self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def __contains__(self, k): return k in self._d
    def keys(self): return self._d.keys()
r = Registry()
r["b"] = 2
r["a"] = 1
print(len(r), list(r), "a" in r, "z" in r, dict(r), {**r})
del r["b"]
print(dict(r), sorted(r), bool(r))
def kw(**k): return k
print(kw(**r))
x, = r
print(x)
print(dict.fromkeys(r, 0), set(r), tuple(r), max(r))
try:
    r["zz"]
except KeyError as e:
    print("KeyError:", e)
d = {}
d.update(r)
print(d)
