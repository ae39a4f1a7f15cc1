# generator pipelines interleave lazily: each stage runs only when the consumer pulls
def source():
    for i in range(3):
        print("source yields", i)
        yield i
def double(it):
    for x in it:
        print("double got", x)
        yield x * 2
def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
for v in take(double(source()), 2):
    print("consumer got", v)
print("--")
squares = (x * x for x in source())
print("created")
print(next(squares))
print(sum(squares))
print(list(zip((print("left") or 1 for _ in range(2)), (print("right") or 2 for _ in range(2)))))
