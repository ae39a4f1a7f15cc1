# send() and throw(): values in, exceptions in, states and error messages
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("acc caught", e)
            total = 0
            continue
        if x is None:
            break
        total += x
    return total
g = acc()
print(g.send(None), g.send(5), g.send(10))
print(g.throw(ValueError("reset")))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
def simple():
    yield 1
    yield 2
g = simple()
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "finished after throw"))
g = simple()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted throw:", e)
print(list(g))
def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            yield f"handled {type(e).__name__}"
c = catcher()
print(next(c), c.throw(TypeError), next(c), c.throw(ZeroDivisionError("z")))
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
