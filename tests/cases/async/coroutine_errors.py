# Coroutine protocol errors and attributes.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def add(a, b):
    return a + b

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def raiser():
    raise ValueError("inside")

try:
    run(raiser())
except ValueError as e:
    print("ValueError:", e)

async def stopper():
    raise StopIteration(5)

try:
    run(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

async def awaits_int():
    await 3

for bad in (awaits_int,):
    try:
        run(bad())
    except TypeError as e:
        print("TypeError:", e)

c = add(2, 3)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)

c = add(1, 1)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Waiter:
    def __await__(self):
        x = yield "first"
        return x * 2

async def uses_waiter():
    return await Waiter()

c = uses_waiter()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)

c = uses_waiter()
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)
