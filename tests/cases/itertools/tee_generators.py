from itertools import tee, islice

def naturals():
    n = 0
    while True:
        yield n
        n += 1

a, b = tee(naturals())
print(list(islice(a, 1000))[-1], next(b), next(b))
del a
print(list(islice(b, 5)))
iters = tee('abc', 4)
print([next(it) for it in iters], [list(it) for it in iters])
x, = tee([1, 2], 1)
print(list(x))
t, u = tee(iter([]))
print(list(t), list(u))

def stop_early():
    yield 1
    raise ValueError("generator failed")

p, q = tee(stop_early())
print(next(p), next(q))
try:
    next(p)
except ValueError as e:
    print("ValueError:", e)
print(list(q))
