from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', 'c', repeat=2)))
print(list(product()), list(product(repeat=0)), list(product('ab', repeat=0)), list(product('ab', [])))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations('AB', 0)), list(permutations([])))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)), list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(permutations(range(7)))), len(list(combinations(range(20), 5))))
print(len(list(product(range(10), repeat=4))), len(list(combinations_with_replacement(range(6), 4))))
# Results held by the caller are never changed afterwards.
seen = list(product('ab', repeat=2))
print(seen)
keep = []
for t in combinations('abcd', 3):
    keep.append(t)
print(keep)

def src():
    for c in 'xyz':
        print("read", c)
        yield c

p = product(src(), 'ab')
print("made")
print(next(p))
for args, kw in [((), {'x': 1}), (('a',), {'repeat': -1}), (('a',), {'repeat': 'z'}), ((1,), {})]:
    try:
        product(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [combinations, combinations_with_replacement, permutations]:
    for args in [('ab',), ('ab', -1), ('ab', 'x'), (1, 2), (1, -1), ('ab', 1.0), ('ab', None)]:
        try:
            print(f.__name__, list(f(*args)))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(list(combinations(iterable='abc', r=2)), list(permutations('ab', r=None)))
