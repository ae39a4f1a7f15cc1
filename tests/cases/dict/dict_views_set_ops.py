# dict views: comparison with sets, set operations, live updates
d = {"a": 1, "b": 2, "c": 3}
e = {"c": 30, "d": 40}
ks = d.keys()
print(ks == {"a", "b", "c"}, ks == {"a"}, ks != {"a", "b", "c"}, ks == ["a", "b", "c"])
print(sorted(ks & e.keys()), sorted(ks | e.keys()), sorted(ks - e.keys()), sorted(ks ^ e.keys()))
print(sorted(ks & {"a", "zz"}), sorted({"b", "q"} & ks), sorted(ks | ["x"]), sorted(["y"] | ks), sorted(ks - ["a"]))
print(ks <= {"a", "b", "c", "d"}, ks < {"a", "b", "c"}, ks >= {"a"}, ks > set(), ks.isdisjoint({"x"}), ks.isdisjoint(e))
items = d.items()
print(items == {("a", 1), ("b", 2), ("c", 3)}, ("a", 1) in items, ("a", 2) in items, ["a", 1] in items)
print(sorted(items & {("a", 1), ("c", 4)}), sorted(items - {("b", 2)}))
vals = d.values()
print(1 in vals, 9 in vals, sorted(vals), vals == vals, d.values() == d.values())
d["z"] = 26
print(len(ks), list(ks), list(items)[-1], list(vals))
del d["a"]
print(list(ks), "a" in ks, list(reversed(ks)), list(reversed(d.values())))
print(type(ks).__name__, type(items).__name__, type(vals).__name__)
print(repr(ks), repr(items), repr(vals))
print(set(ks) == ks, frozenset(["b", "c", "z"]) == ks, d.keys() == e.keys())
ints = {1: "x", 2: "y", 3: "z"}
print(ints.keys() & {2, 3, 4}, ints.keys() | {0}, ints.keys() - {1}, ints.keys() ^ {3, 4})
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    ks[0]
except TypeError as err:
    print("TypeError:", err)
