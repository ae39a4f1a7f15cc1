# code flags visible through behaviour: generator/coroutine/async-gen functions are still functions
def gen(): yield
async def coro(): pass
async def agen(): yield
def plain(): pass
for f in (gen, coro, agen, plain):
    obj = f()
    print(f.__name__, type(f).__name__, type(obj).__name__)
    if hasattr(obj, "close"):
        obj.close()
print(gen.__code__.co_name, plain.__code__.co_argcount)
g = gen()
print(next(g, "exhausted?"), next(g, "exhausted"))
