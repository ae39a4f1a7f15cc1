# yield from: delegates send/throw/close to subgenerator, returns its return value, works with iterables
def sub():
    log = []
    try:
        while True:
            x = yield f"sub got {len(log)}"
            if x == "stop":
                return log
            log.append(x)
    except KeyError as e:
        print("sub handled", e)
        return ["after throw"]
    finally:
        print("sub finally")

def outer():
    result = yield from sub()
    print("sub returned", result)
    yield "outer continues"
    return "outer done"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

g = outer()
next(g)
print(g.throw(KeyError("k")))
g = outer()
next(g)
g.close()
print("closed")

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 1})))
def ret_none():
    r = yield from []
    print("empty returns", r)
    yield "x"
print(list(ret_none()))
def deep(n):
    if n == 0:
        return 0
    v = yield from deep(n - 1)
    yield n
    return v + n
def collect(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        return out, e.value
print(collect(deep(4)))
