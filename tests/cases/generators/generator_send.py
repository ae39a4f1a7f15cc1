# send() into generators: running averages and echo coroutines
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received

e = echo()
print(next(e), e.send("a"), e.send("b"))
print(e.send(None))
g = averager()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)

def accumulate():
    total = 0
    while True:
        delta = yield total
        if delta is not None:
            total += delta
acc = accumulate()
next(acc)
for d in [1, 2, 3]:
    print(acc.send(d))
print(next(acc))
