# yield from delegating to sub-generators and iterables, with return values
def inner():
    yield 1
    yield 2
    return "inner-done"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)

print(list(outer()))

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def chain(*iters):
    for it in iters:
        yield from it

print(list(chain([1, 2], (3,), {4: "x"}, "56")))

def tree(depth, prefix="n"):
    if depth == 0:
        return
    yield prefix
    yield from tree(depth - 1, prefix + "L")
    yield from tree(depth - 1, prefix + "R")
print(list(tree(3)))
