# async with: __aenter__/__aexit__ awaited, exceptions passed and suppressed.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []

class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append(f"enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None} {ev}")
        return self.suppress

async def main():
    async with Res("a") as a, Res("b") as b:
        log.append(f"body {a} {b}")
    async with Res("c", suppress=True):
        raise ValueError("boom")
    try:
        async with Res("d"):
            raise KeyError("k")
    except KeyError as e:
        log.append(f"caught {e!r}")
    for i in range(3):
        async with Res(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    return "done"

def f():
    async def inner():
        async with Res("ret"):
            return "from inside"
    return run(inner())

print(run(main()))
print(f())
for line in log:
    print(line)
