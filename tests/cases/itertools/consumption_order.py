# Which input items each tool pulls, and when.
from itertools import *

class Src:
    def __init__(self, name, items):
        self.name, self.items, self.i = name, list(items), 0
    def __iter__(self):
        print(f"iter({self.name})")
        return self
    def __next__(self):
        if self.i >= len(self.items):
            print(f"{self.name} exhausted")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print(f"{self.name} -> {v!r}")
        return v

print("islice:", list(islice(Src('s', range(10)), 2, 6, 2)))
print("islice stop only:", list(islice(Src('s', 'abc'), 2)))
print("product:")
p = product(Src('x', 'ab'), Src('y', 'cd'))
print(next(p))
print("permutations:")
q = permutations(Src('z', 'ab'))
print(list(q))
print("zip_longest:", list(zip_longest(Src('l', [1]), Src('r', [1, 2]))))
print("compress:", list(compress(Src('d', 'abc'), Src('s', [0, 1]))))
print("groupby:", [(k, list(g)) for k, g in groupby(Src('g', 'aab'), key=lambda c: print("key", c) or c)])
print("accumulate initial:")
acc = accumulate(Src('a', [1, 2]), initial=0)
print(next(acc))
print(next(acc))
print("batched:", list(batched(Src('b', range(5)), 2)))
print("pairwise:", list(pairwise(Src('p', 'abc'))))
print("tee:")
t1, t2 = tee(Src('t', 'ab'))
print(next(t2), next(t1), next(t1), next(t2))
print("chain.from_iterable:", list(chain.from_iterable(Src('outer', ['ab', 'c']))))
print("starmap:", list(starmap(lambda *a: a, Src('sm', [(1,), (2, 3)]))))
print("filterfalse:", list(filterfalse(None, Src('ff', [0, 1, 0]))))
print("cycle:")
cy = cycle(Src('c', 'ab'))
print([next(cy) for _ in range(5)])
