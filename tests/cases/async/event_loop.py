# A tiny round-robin event loop driving coroutines through the await protocol.
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield "tick"
        return self.n * 10

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, name))
    def run(self):
        results = {}
        while self.ready:
            coro, name = self.ready.pop(0)
            try:
                signal = coro.send(None)
                self.log.append((name, signal))
                self.ready.append((coro, name))
            except StopIteration as e:
                results[name] = e.value
        return results

async def worker(name, n):
    total = 0
    for i in range(n):
        total += await Sleep(i)
    return f"{name}:{total}"

async def chain():
    a = await worker("inner", 2)
    return a.upper()

loop = Loop()
loop.spawn(worker("a", 3), "a")
loop.spawn(worker("b", 1), "b")
loop.spawn(chain(), "c")
print(loop.run())
print(len(loop.log), loop.log[:5])
