# merging dicts with update and loops, dict comprehensions, ** in calls
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a.copy()
c.update(b)
print(c)
d = b.copy()
d.update(a)
print(d)
merged = {}
for src in (a, b, {"x": -1}):
    merged.update(src)
print(merged)
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in a.items()})
def kw(**kwargs):
    return kwargs
print(kw(**a, z=3))
print(a, b)
