# close() runs finally blocks, GeneratorExit handling, closing unstarted/finished gens
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup g")
it = g()
print(next(it))
print(it.close())
print(list(it), it.close())
def h():
    try:
        yield "a"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
it = h()
next(it)
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
it = bad()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value ignored"
it = ret_on_close()
next(it)
print(it.close())
it = g()
it.close()
print("closed before start:", list(it))
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("counter stopped at", n)
for v in counter():
    if v == 3:
        break
print("after loop")
gen = (x for x in range(3))
print(next(gen), gen.close(), next(gen, "exhausted"))
