# sample: a pool list for small populations, a set of picked indices for large
# ones; the switch-over point decides which draws are made.
import random

r = random.Random(123)
for n, k in [(10, 3), (21, 5), (22, 5), (25, 6), (40, 6), (84, 6), (85, 6), (85, 7),
             (100, 20), (300, 21), (1000, 30), (10**6, 8)]:
    print(n, k, r.sample(range(n), k))
print(r.sample("abcdefg", 7))
print(r.sample(("x", "y", "z"), 2))
print(r.sample([1, 1, 2, 2], 3))
print(r.sample(range(5), 0))
print(r.sample(range(2**62), 3))
try:
    r.sample(range(10**30), 3)
except OverflowError as e:
    print("OverflowError:", e)
big = r.sample(range(100000), 500)
print(len(big), len(set(big)), big[:5], sum(big))
