# asend/athrow/aclose and finally blocks in async generators.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                received.append(f"VE:{e}")
    finally:
        print("finally, received", received)

g = echo()
print(run(g.asend(None)))
print(run(g.asend("x")))
print(run(g.athrow(ValueError("bad"))))
print(run(g.asend("y")))
print(run(g.aclose()))
try:
    run(g.asend("z"))
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")

async def once():
    yield 1

g = once()
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print("exhausted", repr(e))
print(run(once().aclose()))

async def bad():
    yield 1
    raise StopIteration

g = bad()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
