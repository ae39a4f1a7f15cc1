# async for over async generators, with awaits inside, break/continue/else.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield None

async def ticker(n):
    for i in range(n):
        await Yield()
        yield i * i

async def main():
    out = []
    async for v in ticker(5):
        if v == 1:
            continue
        if v > 9:
            break
        out.append(v)
    else:
        out.append("no-else")
    async for v in ticker(2):
        out.append(v)
    else:
        out.append("else ran")
    return out

print(run(main()))

async def agen_return():
    yield 1
    return

async def collect(ag):
    return [x async for x in ag]

print(run(collect(agen_return())))
print(run(collect(ticker(4))))

async def comps():
    s = {x % 3 async for x in ticker(6)}
    d = {x: x + 1 async for x in ticker(3)}
    nested = [(x, y) async for x in ticker(2) for y in "ab"]
    awaited = [await Sleepy(i) for i in range(3)]
    return sorted(s), d, nested, awaited

class Sleepy:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v * 2

print(run(comps()))
g = ticker(3)
print(type(g).__name__, type(g.__aiter__()).__name__, g.__aiter__() is g)
