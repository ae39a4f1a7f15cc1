# a dict comprehension whose value is an async list comprehension (sync and async outer loop)
async def aiter_range(n):
    for i in range(n):
        yield i
async def main():
    d1 = {i: [k async for k in aiter_range(i)] for i in range(3)}
    d2 = {i: [k async for k in aiter_range(i)] async for i in aiter_range(3)}
    return d1, d2
try:
    main().send(None)
except StopIteration as r:
    print(r.value)
