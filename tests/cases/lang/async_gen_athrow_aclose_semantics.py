# async generator: athrow handled inside yields next value, aclose runs finally, asend before start
class Step:
    def __await__(self):
        yield "step"
async def agen():
    try:
        yield "first"
    except KeyError as e:
        print("agen caught", repr(e))
        yield "after throw"
    finally:
        print("agen cleanup")
def run(aw):
    while True:
        try:
            aw.send(None)
        except StopIteration as e:
            return e.value
g = agen()
print(run(g.asend(None)))
print(run(g.athrow(KeyError("k"))))
print(run(g.aclose()))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")
async def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = refuses()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
async def ret():
    yield 1
print(type(ret()).__name__, ret.__name__, type(ret().__anext__()).__name__)
