# nested tuple/list unpacking patterns in assignments and for loops
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)
[x, [y, z]] = [1, (2, 3)]
print(x, y, z)
data = [("ann", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
((a, b), c), d = ((1, 2), 3), 4
print(a, b, c, d)
pts = [((0, 0), (1, 1)), ((2, 3), (4, 6))]
for (x1, y1), (x2, y2) in pts:
    print((y2 - y1) / (x2 - x1))
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
