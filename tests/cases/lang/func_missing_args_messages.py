# missing / too many / unexpected / multiple values argument errors with exact wording
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def dflt(a, b=1): pass
def kwo(*, x, y, z): pass
def var(a, *args): pass

cases = [
    lambda: one(),
    lambda: two(),
    lambda: three(1),
    lambda: one(1, 2),
    lambda: two(1, 2, 3),
    lambda: dflt(1, 2, 3),
    lambda: dflt(),
    lambda: one(b=1),
    lambda: one(1, a=2),
    lambda: kwo(),
    lambda: kwo(x=1),
    lambda: var(),
    lambda: one(1, **{'a': 2}),
    lambda: two(1, 2, **{'c': 3}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
