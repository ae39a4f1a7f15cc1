# A pattern that fails binds nothing (not even its first captures); a case whose guard
# fails keeps the names its pattern bound
def probe(v):
    x = y = "unset"
    match v:
        case [x, 0, y]:
            pass
        case _:
            pass
    return x, y


print(probe([1, 0, 2]))
print(probe([1, 1, 2]))


def guarded(v):
    a = "unset"
    match v:
        case [a, _] if a > 10:
            return "big", a
        case _:
            return "guard failed but a is", a


print(guarded([50, 0]))
print(guarded([5, 0]))

match (1, 2):
    case (p, q) | (q, p) if False:
        pass
    case _:
        print("after failed guard", p, q)
