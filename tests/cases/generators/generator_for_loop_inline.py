# for-loops over generators: resumed in place by FOR_ITER (no nested interpreter loop).
def count(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    finally:
        print("cleanup", n)
for x in count(3):
    print(x)
g = count(2)
print(next(g))
for x in g:
    print("rest", x)
for x in g:
    print("never")
def bad():
    yield 1
    raise StopIteration
try:
    for v in bad():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e)
def boom():
    yield 1
    1 / 0
try:
    for v in boom():
        print(v)
except ZeroDivisionError as e:
    print("caught", e)
def nested():
    for a in count(2):
        yield a * 10
print(list(nested()), sum(x for x in range(5)))
def rec(n):
    if n:
        yield n
        yield from rec(n - 1)
print(list(rec(4)))
