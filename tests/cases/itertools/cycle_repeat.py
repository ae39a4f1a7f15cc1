from itertools import cycle, repeat, islice

def gen():
    for x in 'abc':
        print("produce", x)
        yield x

c = cycle(gen())
print([next(c) for _ in range(7)])
print(list(islice(cycle([]), 5)))
print(list(islice(cycle('ab'), 5)))
r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(repr(repeat(1)), repr(repeat([1, 2], 0)), repr(repeat(1, -5)), repr(repeat(1, times=-1)))
print(list(repeat(None, 2)), list(repeat(1, times=0)))
print(repeat(1, 5).__length_hint__(), repeat(1, -3).__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)
print(list(map(pow, range(5), repeat(2))))
for bad in [lambda: cycle(), lambda: cycle(1), lambda: cycle([], x=1), lambda: repeat(),
            lambda: repeat(1, 2, 3), lambda: repeat(1, 'a'), lambda: repeat(1, None),
            lambda: repeat(1, 2.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
