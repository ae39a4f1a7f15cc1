# insertion order after deletes, reinserts, updates, pops and setdefault
d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
d["b"] = 20
print(d, list(d))
d["a"] = 100
print(d)
d.pop("a")
d["a"] = 1
print(list(d.items()))
d.update({"c": 30, "e": 5})
print(d)
d.setdefault("c", 999)
d.setdefault("f", 6)
print(d)
k, v = d.popitem()
print(k, v, d)
n = {}
for i in range(20):
    n[i] = i
for i in range(0, 20, 2):
    del n[i]
for i in range(0, 20, 4):
    n[i] = -i
print(list(n))
print(n)
m = dict.fromkeys("hello")
print(m, list(m))
m2 = dict(zip("cab", range(3)))
m2 |= {"a": 9, "z": 0}
print(m2, {"x": 1} | {"y": 2, "x": 3})
copy = dict(m2)
del copy["c"]
copy["c"] = 0
print(list(m2), list(copy), m2 == copy)
big = {i: i for i in range(1000)}
for i in range(999):
    del big[i]
big[5] = 5
print(big, len(big))
while big:
    big.popitem()
big["new"] = 1
print(big)
