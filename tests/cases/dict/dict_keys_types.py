# hashable key types and equal-hash keys collapsing
d = {}
d[1] = "int"
d[(1, 2)] = "tuple"
d[frozenset([1, 2])] = "frozenset"
d[None] = "none"
d["s"] = "str"
d[2.5] = "float"
print(d[1], d[(1, 2)], d[frozenset([2, 1])], d[None], d["s"], d[2.5])
print(len(d))
try:
    d[{1: 2}] = 0
except TypeError as e:
    print("TypeError:", e)
try:
    d[{1, 2}] = 0
except TypeError as e:
    print("TypeError:", e)
m = {0: "zero", 0.0: "fzero", False: "false"}
print(m)
keys = [(0, 0), (0, 1), (1, 0)]
grid = {k: sum(k) for k in keys}
print(grid, grid[(0, 1)])
