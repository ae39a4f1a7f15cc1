# chained assignment, tuple assignment and swaps
a = b = c = 5
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
p, q, r = "xyz"
print(p, q, r)
(m, n), o = (1, 2), 3
print(m, n, o)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
a, b, c = range(3)
print(a, b, c)
a, b = b, a + b
print(a, b)
fib = []
a, b = 0, 1
for _ in range(10):
    fib.append(a)
    a, b = b, a + b
print(fib)
d = {}
d["k"] = d["j"] = 4
print(d)
[u, v] = [7, 8]
print(u, v)
