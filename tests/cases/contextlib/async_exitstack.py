from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def res(name, fail=False):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)
        if fail:
            raise RuntimeError(f"{name} failed on exit")

async def acb(x):
    print("async cb", x)

async def aexit(exc_type, exc, tb):
    print("push_async_exit saw", exc_type.__name__ if exc_type else None)
    return True

async def main():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(res('one'))
        stack.push_async_callback(acb, 1)
        stack.push_async_exit(aexit)
        raise ValueError("suppressed by aexit")
    print("after suppression")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(res('a', fail=True))
            await stack.enter_async_context(res('b', fail=True))
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", e.__context__)
    stack = AsyncExitStack()
    await stack.enter_async_context(res('later'))
    moved = stack.pop_all()
    await stack.aclose()
    print("first closed")
    await moved.aclose()
    try:
        await AsyncExitStack().enter_async_context(res)
    except TypeError as e:
        print("TypeError:", e)

c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
