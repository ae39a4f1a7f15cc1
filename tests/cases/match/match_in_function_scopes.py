# Captures are ordinary assignments: locals, cells for closures, globals when declared
g = "global before"


def f(v):
    global g
    match v:
        case [local, shared, g]:
            pass

    def inner():
        return shared * 2

    return local, inner()


print(f([1, 2, "global after"]))
print(g)


def counter():
    match 0:
        case n:
            pass

    def bump():
        nonlocal n
        n += 1
        return n

    return bump


b = counter()
print(b(), b(), b())
lam = lambda v: [x for x in v]
match lam([3, 4]):
    case [first, *_]:
        print("first", first)
