# generator send(): priming requirement, values received by yield, return value in StopIteration
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send(10), g.send(20), g.send(0))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("again", e.value, e.args)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
g = echo()
print(next(g), g.send("a"), next(g))
try:
    g.send("c")
except StopIteration as e:
    print(e.value)
