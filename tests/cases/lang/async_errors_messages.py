# error messages for misuse of async iteration and context managers at run time
class NotAIter:
    pass
class NotACM:
    pass
class AIterBadNext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def use_for():
    async for _ in NotAIter():
        pass
async def use_with():
    async with NotACM():
        pass
async def use_bad_next():
    async for _ in AIterBadNext():
        pass
async def sync_for_on_agen():
    async def ag():
        yield 1
    for _ in ag():
        pass
for c in [use_for, use_with, use_bad_next, sync_for_on_agen]:
    try:
        c().send(None)
    except TypeError as e:
        print(c.__name__, "TypeError:", e)
async def f(): pass
try:
    for x in f():
        pass
except TypeError as e:
    print("TypeError:", e)
co = f()
try:
    next(co)
except TypeError as e:
    print("TypeError:", e)
co.close()
try:
    len(f)
except TypeError as e:
    print("TypeError:", e)
