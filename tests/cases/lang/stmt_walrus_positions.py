# assignment expressions in legal positions: if/while, comprehensions (binding in enclosing scope), calls
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 10:
        print("first > 10:", v)
        break
print([y for x in data if (y := x * 2) > 10], y)
print(any((hit := x) > 15 for x in data), hit)
def f():
    [last := i for i in range(4)]
    return last
print(f())
print((a := 1, b := 2), a, b)
print(f"{(w := 'walrus')!r}", w)
def g(x=(dflt := 99)):
    return x
print(g(), dflt)
total = 0
sums = [total := total + x for x in range(5)]
print(sums, total)
print([[(q := j) for j in range(2)] for _ in range(2)], q)
lam = lambda: (z := 5) + z
print(lam())
print((c := 10) if (c := 3) else 0, c)
