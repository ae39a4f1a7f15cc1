# async generators: __anext__/asend/athrow/aclose driven by hand, StopAsyncIteration at end
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    try:
        for i in range(3):
            await Tick()
            received = yield i
            if received:
                print("received", received)
    finally:
        print("agen finally")
def drive(aw):
    try:
        while True:
            print("  signal", aw.send(None))
    except StopIteration as e:
        return e.value
g = agen()
print(type(g).__name__)
print(drive(g.__anext__()))
print(drive(g.asend("hello")))
try:
    drive(g.athrow(ValueError("thrown")))
except ValueError as e:
    print("ValueError:", e)
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
g2 = agen()
print(drive(g2.__anext__()))
print(drive(g2.aclose()))
try:
    drive(g2.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")
