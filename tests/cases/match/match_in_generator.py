# yield works in case bodies and in guards
def gen(items):
    for item in items:
        match item:
            case [x, y]:
                yield x + y
            case int(n) if (yield f"checking {n}"):
                yield "guard was true"
            case _:
                yield "other"


g = gen([[1, 2], 5, "s"])
print(next(g))
print(next(g))
print(g.send(True))
print(next(g))
print(list(gen([7])))
