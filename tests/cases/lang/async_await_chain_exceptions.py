# exceptions propagate through chains of awaits; finally in coroutines; coroutine returning coroutine
class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v
async def deepest(n):
    got = await Suspend()
    if n == 0:
        raise LookupError(f"deepest failed with {got}")
    return got
async def middle(n):
    try:
        return await deepest(n)
    finally:
        print("middle finally", n)
async def top(n):
    try:
        return await middle(n)
    except LookupError as e:
        return "top handled: " + str(e)
def run(c, sendval="sent"):
    v = None
    while True:
        try:
            c.send(v)
            v = sendval
        except StopIteration as e:
            return e.value
print(run(top(1)))
print(run(top(0)))
async def returns_coro():
    return deepest(1)
inner = run(returns_coro())
print(type(inner).__name__)
print(run(inner, "via inner"))
async def uses_inner():
    c = await returns_coro()
    return await c
print(run(uses_inner(), "nested"))
