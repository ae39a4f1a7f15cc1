from contextlib import asynccontextmanager, aclosing, AsyncExitStack, nullcontext

@asynccontextmanager
async def resource(name):
    print("acquire", name)
    try:
        yield name
    finally:
        print("release", name)

async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen closed")

async def cb(msg):
    print("async callback", msg)

async def main():
    async with resource('db') as r:
        print("using", r)
    try:
        async with resource('x'):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    async with aclosing(agen()) as g:
        async for v in g:
            print("item", v)
            if v == 1:
                break
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource('a'))
        stack.push_async_callback(cb, 'hi')
        stack.callback(print, 'sync callback')
        print("stack using", a)
    async with nullcontext('n') as n:
        print(n)

    @asynccontextmanager
    async def empty():
        if False:
            yield
    try:
        async with empty():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    @resource('deco')
    async def decorated():
        print("in decorated")
        return 5
    print(await decorated())
    try:
        async with AsyncExitStack() as s:
            await s.enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)

coro = main()
try:
    coro.send(None)
except StopIteration:
    print("done")
