# Asynchronous comprehensions nested in expressions (keys, call arguments, other comprehensions).
async def ai(n):
    for i in range(n):
        yield i
async def main():
    return {i: [k async for k in ai(i)] for i in range(3)}
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
print(run(main()))
async def main2():
    return {i: [k async for k in ai(i)] async for i in ai(3)}, sum([k async for k in ai(4)], 100), [await w for w in [W(1), W(2)]]
class W:
    def __init__(s, v): s.v = v
    def __await__(s):
        yield
        return s.v
print(run(main2()))
