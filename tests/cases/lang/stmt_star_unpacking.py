# star unpacking in assignment targets, for targets, literals and calls; error messages
a, *b, c = range(5)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
print([*range(3), *"ab", *{"k": 1}])
print((*[1], *(2, 3)), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], *(3,), sep="-")
cases = [
    "a, b, c = [1, 2]",
    "a, b = [1, 2, 3]",
    "a, b, *c = [1]",
    "a, b = 1",
    "a, *b, c, d = 'xy'",
    "(a, b), c = [1, 2], 3",
    "a, b = {'only': 1}",
]
def run(stmt):
    try:
        if stmt == "a, b, c = [1, 2]": a, b, c = [1, 2]
        elif stmt == "a, b = [1, 2, 3]": a, b = [1, 2, 3]
        elif stmt == "a, b, *c = [1]": a, b, *c = [1]
        elif stmt == "a, b = 1": a, b = 1
        elif stmt == "a, *b, c, d = 'xy'": a, *b, c, d = 'xy'
        elif stmt == "(a, b), c = [1, 2], 3": (a, b), c = [1, 2], 3
        elif stmt == "a, b = {'only': 1}": a, b = {'only': 1}
    except (ValueError, TypeError) as e:
        print(f"{stmt:25} -> {type(e).__name__}: {e}")
for s in cases:
    run(s)
def gen():
    yield 1; yield 2; yield 3; yield 4
try:
    p, q = gen()
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = iter([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
