def inner(limit):
    for i in range(limit):
        yield 10 // (2 - i)

def outer():
    yield 0
    yield from inner(3)

def consume():
    total = 0
    for value in outer():
        total += value
    return total

print(consume())
