# async comprehensions: nested async/sync for clauses, conditions with await, results and scoping
async def aiter_range(n):
    for i in range(n):
        yield i
async def is_even(x):
    return x % 2 == 0
async def main():
    a = [(i, j) async for i in aiter_range(3) for j in range(i)]
    b = [i async for i in aiter_range(6) if await is_even(i)]
    c = [[j async for j in aiter_range(i)] for i in range(3)]
    i = "outer i"
    e = [i async for i in aiter_range(2)]
    return a, b, c, e, i
try:
    main().send(None)
except StopIteration as r:
    for item in r.value:
        print(item)
