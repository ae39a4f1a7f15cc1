from itertools import batched

print(list(batched('ABCDEFG', 3)))
print(list(batched(range(6), 2)))
print(list(batched([], 4)), list(batched('ab', 5)))
print(list(batched(iterable='xyz', n=1)))
b = batched(iter([1, 2, 3]), 2)
print(next(b), next(b))
try:
    next(b)
except StopIteration:
    print("stop")
for args in [('a', 0), ('a', -1), ('a', 'x'), ('a', 2**70), (1, 2), ('a',)]:
    try:
        batched(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(type(batched('a', 1)).__name__)
