from itertools import pairwise, starmap

print(list(pairwise('ABCDEFG')))
print(list(pairwise([1])), list(pairwise([])), list(pairwise([1, 2])))

def src():
    for i in range(4):
        print("read", i)
        yield i

p = pairwise(src())
print(next(p))
print(next(p))
print(list(p))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: len(a), [[1, 2], (3,), range(4), ''])))
print(list(starmap(max, [(1, 5), 'az'])))
s = starmap(divmod, iter([(7, 2), 5]))
print(next(s))
try:
    next(s)
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: pairwise(), lambda: pairwise(1), lambda: pairwise([], x=1),
            lambda: starmap(len), lambda: starmap(len, 1), lambda: list(starmap(len, [(1, 2)]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
