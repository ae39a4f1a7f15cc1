def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
async def main():
    it = agen()
    print(await anext(it, 'd'))
    print(await anext(it, 'd'))
    print(await anext(it, None))
    a = anext(agen(), 5)
    print(type(a).__name__)
    print(await a)
    try:
        print(await anext(it))
    except StopAsyncIteration as e:
        print('stop', repr(e))
    try: anext(1)
    except TypeError as e: print(e)
    try: anext(1, 2)
    except TypeError as e: print(e)
    class AI:
        def __aiter__(self): return self
        async def __anext__(self): raise StopAsyncIteration
    print(await anext(AI(), 'x'))
    aw = anext(AI(), 'y')
    g = aw.__await__()
    try: g.send(None)
    except StopIteration as e: print('val', e.value)
    try: anext()
    except TypeError as e: print(e)
    try: anext(it, 1, 2)
    except TypeError as e: print(e)
run(main())


class Awaitable:
    def __await__(self):
        yield 'suspended'
        print('  resumed')
        raise StopAsyncIteration


class AI2:
    def __aiter__(self):
        return self

    async def __anext__(self):
        return await Awaitable()


aw = anext(AI2(), 'dflt').__await__()
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print('done', e.value)


async def agen2():
    try:
        yield 1
        yield 2
    finally:
        print('  agen2 closed')


async def main2():
    it = agen2()
    print(await anext(it, 0), await anext(it, 0), await anext(it, 0), await anext(it, 0))
    vals = []
    it = agen2()
    while (v := await anext(it, None)) is not None:
        vals.append(v)
    print(vals)


run(main2())
