# unpacking in for targets, comprehensions, swaps and attribute/subscript targets
pairs = [(1, "a"), (2, "b")]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
print([x * y for x, y in zip(range(3), range(10, 13))])
print({k: v for v, k in enumerate("xyz")})
print([h for h, *_ in [(1, 2, 3), (4,)]])
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30]
i = 0
i, lst[i] = 1, 99
print(i, lst)
lst[0], lst[2] = lst[2], lst[0]
print(lst)
class Obj:
    pass
o = Obj()
o.x, o.y = "ex", "why"
print(o.x, o.y)
d = {}
d["a"], d["b"] = d["b"], d["a"] = 1, 2
print(d)
x = y = [1, 2]
x[0], y[1] = y[1], x[0]
print(x, y, x is y)
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
for *init, last in [(1, 2, 3)]:
    print(init, last)
try:
    for a, b in [(1, 2), (3,)]:
        print("pair", a, b)
except ValueError as e:
    print("ValueError:", e)
