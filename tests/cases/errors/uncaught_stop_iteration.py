# calling next() on an exhausted iterator at top level raises StopIteration
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default when exhausted"))

def gen():
    yield "only"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration:
    print("generator exhausted")
print(next(it))
print("never printed")
