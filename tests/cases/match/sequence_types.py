# Only list, tuple, range and their subclasses match sequence patterns; str, bytes,
# dict, set, iterators and other iterables do not
class MyList(list):
    pass


class MyTuple(tuple):
    pass


def gen():
    yield 1


def check(v):
    match v:
        case [*items]:
            return f"sequence {items}"
        case _:
            return "not a sequence"


for v in [[1, 2], (1, 2), range(3), range(0), MyList([7]), MyTuple((8, 9)),
          "ab", b"ab", {1: 2}, {1, 2}, frozenset([1]), 12, None]:
    print(type(v).__name__, check(v))
print("iterator", check(iter([1])))
print("generator", check(gen()))
