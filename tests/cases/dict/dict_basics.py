# dict creation, lookup, assignment, membership and len
d = {"a": 1, "b": 2}
print(d, d["a"], len(d))
d["c"] = 3
d["a"] = 10
print(d)
print("a" in d, "z" in d, "z" not in d, 1 in d)
print(dict(), {}, dict(x=1, y=2), dict([("p", 1), ("q", 2)]))
print(dict({"a": 1}, b=2))
print({1: "int", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[0]
except KeyError as e:
    print("KeyError:", e, repr(e))
e = {}
e[1] = "one"
e[1.0] = "float one"
e[True] = "true"
print(e)
print({"x": 1} == {"x": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
