# async for over async iterators, async with managers, and async comprehensions in one coroutine
class ARange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError
async def agen(n):
    for i in range(n):
        yield i * i
async def main():
    out = []
    async for i in ARange(3):
        out.append(i)
    else:
        out.append("else")
    async with ACM("a") as a, ACM("b") as b:
        out.append(a + b)
    async with ACM("swallow"):
        raise KeyError("gone")
    squares = [x async for x in agen(4)]
    evens = {x async for x in agen(5) if x % 2 == 0}
    mapping = {x: x + 1 async for x in agen(3)}
    gen_exp = (x async for x in agen(2))
    items = [y async for y in gen_exp]
    awaited = [await c for c in [coro(1), coro(2)]]
    return out, squares, sorted(evens), mapping, items, awaited
async def coro(x):
    return x * 10
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
