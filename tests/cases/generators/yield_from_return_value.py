# yield from: return values, delegation of send, nested delegation, from iterables
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total
def outer():
    r1 = yield from inner(2)
    print("inner returned", r1)
    r2 = yield from inner(3)
    print("inner returned", r2)
    return r1 + r2
g = outer()
print(next(g))
print(g.send(10))
print(g.send(5))
print(g.send(None), g.send(7))
try:
    g.send(1)
except StopIteration as e:
    print("outer returned", e.value)
def from_list():
    r = yield from [1, 2, 3]
    print("list yield from gives", r)
    r = yield from "ab"
    return r
print(list(from_list()))
def three():
    x = yield from two()
    return ("three", x)
def two():
    x = yield from one()
    return ("two", x)
def one():
    yield "deep"
    return "one"
g = three()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def empty():
    return "immediate"
    yield
def wrap():
    v = yield from empty()
    yield v
print(list(wrap()))
def returns_none():
    yield 1
print(list(x for x in returns_none()))
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
