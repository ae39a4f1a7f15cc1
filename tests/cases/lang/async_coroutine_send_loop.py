# coroutines driven by hand with send(None): await chains, return values, exceptions through awaits
class Yield:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got
async def leaf(x):
    r = await Yield(f"leaf {x}")
    return (x, r)
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
def run(coro):
    value = None
    steps = 0
    while True:
        try:
            signal = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        print("signal:", signal)
        steps += 1
        value = steps * 100
print(run(middle()))
async def failing():
    await Yield("before fail")
    raise ValueError("inside coroutine")
try:
    run(failing())
except ValueError as e:
    print("ValueError:", e)
async def catches():
    try:
        await failing()
    except ValueError as e:
        return "caught " + str(e)
print(run(catches()))
c = leaf(0)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def nothing():
    return "immediate"
print(run(nothing()))
