# __getitem__/__setitem__/__delitem__ with ints, slices, tuples and Ellipsis; error messages for builtins
class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, key):
        print("get", key)
        return self.d.get(key, 0) if not isinstance(key, slice) and not (isinstance(key, tuple) and any(isinstance(k, slice) for k in key)) else None
    def __setitem__(self, key, v):
        print("set", key, v)
        self.d[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.d[key]
g = Grid()
g[1, 2] = "a"
print(g[1, 2])
g[1:5:2]
g[::]
g[...]
g[:, 1]
g["k"] = 1
g["k"] += 5
del g["k"]
try:
    del g["k"]
except KeyError as e:
    print("KeyError:", e)
class RO:
    def __getitem__(self, k): return k
try:
    RO()[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del RO()[1]
except TypeError as e:
    print("TypeError:", e)
for thing, key in [(5, 0), (None, "x"), ((1, 2), "a"), ([1], 1.0), ("abc", None), ({}, [1])]:
    try:
        thing[key]
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError:", e)
