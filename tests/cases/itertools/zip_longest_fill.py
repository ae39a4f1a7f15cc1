from itertools import zip_longest

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', 'xyz', [1])))
print(list(zip_longest()), list(zip_longest('')), list(zip_longest('ab')))
print(list(zip_longest([], [], fillvalue=0)))

def src(name, n):
    for i in range(n):
        print("read", name, i)
        yield i
    print("done", name)

print(list(zip_longest(src('a', 1), src('b', 2))))
for bad, kw in [((1,), {}), ((), {'x': 1}), ((), {'fillvalue': 1, 'x': 2}), (('a',), {'fill': 0})]:
    try:
        zip_longest(*bad, **kw)
    except TypeError as e:
        print("TypeError:", e)

def boom():
    yield 1
    raise ValueError("boom")

z = zip_longest(boom(), 'abc')
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
print(list(z))
