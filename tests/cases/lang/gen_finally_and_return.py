# generator finally blocks run on exhaustion, close and break in a for loop; return value semantics
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")
for v in g1():
    print("v", v)
gen = g1()
for v in gen:
    print("first only", v)
    break
gen.close()
print("after close")
def g2():
    yield 1
    return 5
    yield 2
print(list(g2()))
def g3():
    return
    yield
print(list(g3()), type(g3()).__name__)
def counter():
    n = 0
    while True:
        n += 1
        if (yield n) == "reset":
            n = 0
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
def gen_with_try():
    try:
        yield 1
    except ValueError:
        print("caught in gen")
        yield "after error"
    yield "end"
g = gen_with_try()
next(g)
print(g.throw(ValueError), next(g))
