x = "outer"
print([x for x in range(3)], x)
def f(n):
    y = 10
    z = [y + i for i in range(n) if i % 2]
    w = {k: [j * k for j in range(k)] for k in range(3)}
    s = {c for c in "hello"}
    return z, w, sorted(s), [(a, b) for a in range(2) for b in range(a)]
print(f(5))
class C:
    v = 3
    items = [i * 2 for i in range(3)]
print(C.items)
def g():
    return [lambda: i for i in range(3)]
print([h() for h in g()])
def m(data):
    return [sum(v for v in row) for row in data]
print(m([[1,2],[3]]))
try:
    [1 // q for q in [1, 0]]
except ZeroDivisionError as e:
    print("caught", e)
print([q := n * 2 for n in range(3)], q)
