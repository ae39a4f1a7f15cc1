# chained generator pipelines processing data lazily
log = []

def numbers(n):
    for i in range(n):
        log.append("gen " + str(i))
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def scaled(src, k):
    for x in src:
        yield x * k

pipe = scaled(evens(numbers(7)), 10)
print(log)
print(next(pipe), log)
print(list(pipe))
lines = ["# comment", "alpha 1", "", "beta 2", "# skip", "gamma 3"]
records = (l.split() for l in lines if l and not l.startswith("#"))
pairs = ((name, int(v)) for name, v in records)
print(dict(pairs))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))
