# throw() and close() propagate through yield from into the innermost generator
def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        print("inner handled", e)
        yield "i-recovered"
    finally:
        print("inner finally")
def outer():
    try:
        result = yield from inner()
        print("inner finished", result)
        yield "o-after"
    except ValueError as e:
        print("outer handled", e)
        yield "o-recovered"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
g = outer()
next(g)
g.close()
print("closed outer")
def deleg():
    yield from range(3)
d = deleg()
print(next(d))
try:
    d.throw(ValueError("into range"))
except ValueError as e:
    print("range iterator cannot catch:", e)
print(next(d, "dead"))
