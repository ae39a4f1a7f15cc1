# async for with break/continue/else over an async generator; break leaves the generator suspended
async def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("numbers finally")
async def main():
    out = []
    g = numbers(5)
    async for x in g:
        if x == 1:
            continue
        if x == 3:
            break
        out.append(x)
    else:
        out.append("no else after break")
    out.append("after loop")
    await g.aclose()
    async for x in numbers(2):
        out.append(x)
    else:
        out.append("else ran")
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
