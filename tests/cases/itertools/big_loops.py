# Larger workloads, as benchmarks use them.
from itertools import *
import operator

total = 0
for a, b, c in product(range(20), repeat=3):
    total += a * b - c
print(total)
print(sum(1 for _ in permutations(range(7))))
print(sum(sum(c) for c in combinations(range(18), 5)))
print(sum(sum(c) for c in combinations_with_replacement(range(8), 4)))
print(sum(islice(count(7, 3), 10000)))
print(sum(chain.from_iterable(repeat(range(100), 100))))
print(list(accumulate(range(1, 2000), operator.mul))[-1] % 1000003)
print(sum(len(list(g)) for _, g in groupby(sorted(i % 97 for i in range(20000)))))
print(sum(x for x, _ in zip_longest(range(5000), range(100), fillvalue=0)))
print(sum(map(operator.mul, *tee(range(3000)))))
print(len(list(batched(range(10007), 10))))
print(sum(b - a for a, b in pairwise(range(0, 30000, 3))))
print(sum(starmap(operator.add, zip(range(5000), range(5000)))))
print(list(islice(dropwhile(lambda x: x < 9990, count()), 3)))
print(sum(takewhile(lambda x: x < 5000, count())))
print(sum(compress(range(10000), cycle([1, 0, 0]))))
print(sum(filterfalse(lambda x: x % 3, range(10000))))
