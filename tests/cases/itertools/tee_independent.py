from itertools import tee, islice, count

a, b = tee([1, 2, 3])
print(list(a), list(b))

def src():
    for i in range(4):
        print("read", i)
        yield i

x, y, z = tee(src(), 3)
print(next(x), next(x))
print(next(y))
print(list(z))
print(list(x), list(y))
print(tee([1], 0), len(tee('ab')), type(tee('ab')[0]).__name__)
t1, t2 = tee(count())
print(list(islice(t1, 5)), next(t2))
c = t1.__copy__()
print(next(c), next(t1))
p, q = tee(t1)
print(p is t1, next(p), next(q), next(t1))
it = iter('abc')
u, v = tee(it)
print(next(u), next(it), list(v))
for args, kw in [((), {}), (([], -1), {}), (([], 'a'), {}), (([], 2), {'n': 2}), ((1,), {}),
                 (([], 1, 2), {})]:
    try:
        tee(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def reenter():
    yield next(tt[0])

tt = tee(reenter())
try:
    next(tt[0])
except RuntimeError as e:
    print("RuntimeError:", e)
