# get, setdefault, pop, popitem, update, copy, clear, fromkeys
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 9, "a": -1})
d.update(y=8)
d.update([("z", 7)])
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, d)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys([]))
shared = dict.fromkeys([1, 2], [])
shared[1].append("x")
print(shared)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
