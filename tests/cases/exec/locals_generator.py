# A generator's frame keeps its locals() dict across suspensions.
def gen():
    x = 1
    yield locals()
    x = 2
    y = 3
    yield locals()
g = gen()
a = next(g)
b = next(g)
print(a is b, a)
