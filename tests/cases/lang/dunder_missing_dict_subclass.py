# __missing__ on dict subclasses: only d[k] calls it, not get()/in/setdefault; KeyError propagation
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d["a"], d["hello"], d)
print(d.get("zz"), "zz" in d, d.setdefault("q", 9), d)
class Raiser(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}!")
try:
    Raiser()["x"]
except KeyError as e:
    print("KeyError:", e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c)
try:
    dict()["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
class NotDict:
    def __missing__(self, key): return "unused"
    def __getitem__(self, k): raise KeyError(k)
try:
    NotDict()["k"]
except KeyError as e:
    print("KeyError:", e)
