# starred targets in the middle, nested patterns, and error messages
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
a, *b, c, d = (1, 2, 3)
print(a, b, c, d)
(x, y), *z, (p, *q) = [(1, 2), 3, 4, "hey"]
print(x, y, z, p, q)
[m, [n, *o]], k = [[1, [2, 3, 4]], 5]
print(m, n, o, k)
*all_, = {"k": 1, "j": 2}
print(all_)
a, (b, (c, d)), e = 1, (2, (3, 4)), 5
print(a, b, c, d, e)
s1, *s2 = iter(range(3))
print(s1, s2, type(s2).__name__)
t = 1, 2, 3
a, *b = t
print(type(b).__name__, b)
for bad in [[1], [1, 2, 3, 4], []]:
    try:
        a, b, c = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (a, b), c = [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = "xyz"
except ValueError as e:
    print("ValueError:", e)
print([*range(2), *"ab", *{3: 0}], (*[1], 2), {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
