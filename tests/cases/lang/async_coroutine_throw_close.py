# coroutine throw()/close(), awaiting an already-awaited coroutine, and awaitable protocol errors
class Pause:
    def __await__(self):
        yield "paused"
        return "resumed"
async def guarded():
    try:
        return await Pause()
    except KeyError as e:
        return "handled " + repr(e)
    finally:
        print("guarded finally")
c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result:", e.value)
c = guarded()
c.send(None)
c.close()
print("closed")
async def simple():
    return 1
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def await_twice():
    inner = simple()
    a = await inner
    try:
        await inner
    except RuntimeError as e:
        return a, str(e)
try:
    await_twice().send(None)
except StopIteration as e:
    print(e.value)
class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def use_int():
    await 3
try:
    use_int().send(None)
except TypeError as e:
    print("TypeError:", e)
