# dict views, deletion, and modification errors during iteration
d = {1: "a", 2: "b", 3: "c"}
ks = d.keys()
vs = d.values()
its = d.items()
print(list(ks), list(vs), list(its))
del d[2]
print(list(ks), list(vs), list(its))
print(3 in ks, "c" in vs, (3, "c") in its)
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d) >= 2)
e = {1: 1, 2: 2, 3: 3, 4: 4}
for k in list(e):
    if k % 2 == 0:
        del e[k]
print(e)
print(len({}), list({}.items()))
print(sorted({5: 0, 1: 0, 3: 0}.keys()))
