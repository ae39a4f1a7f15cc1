# insertion order is preserved through updates, deletes and re-inserts
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
print(list(d.keys()), list(d.values()), list(d.items()))
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
for k, v in d.items():
    print(k, v)
for k in d:
    print(k, end=" ")
print()
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(dict(sorted(d.items())))
keys = d.keys()
d["new"] = 1
print(list(keys), len(keys), "new" in keys)
print(list(d)[::-1])
