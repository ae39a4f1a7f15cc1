# async with: exceptions reach __aexit__, suppression, __aexit__ awaiting, return inside async with
class Pause:
    def __await__(self):
        yield "pause"
class Res:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    async def __aenter__(self):
        await Pause()
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Pause()
        print("close", self.name, et.__name__ if et else None)
        return self.swallow
async def body():
    async with Res("r1") as r:
        print("using", r.name)
    async with Res("r2", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Res("r3"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with Res("r4"):
        return "returned from inside"
def run(c):
    pauses = 0
    while True:
        try:
            c.send(None)
            pauses += 1
        except StopIteration as e:
            return pauses, e.value
print(run(body()))
