# shuffle is Fisher-Yates from the end, one _randbelow per position.
import random

r = random.Random(52)
for n in [0, 1, 2, 3, 5, 10]:
    items = list(range(n))
    r.shuffle(items)
    print(n, items)
words = "the quick brown fox jumps over the lazy dog".split()
r.shuffle(words)
print(words)
nested = [[1], [2], [3], [4]]
r.shuffle(nested)
print(nested)
# Shuffling twice from the same seed gives the same order.
a, b = list(range(20)), list(range(20))
random.Random(8).shuffle(a)
random.Random(8).shuffle(b)
print(a == b, a)
print(r.shuffle([3, 2, 1]))
try:
    r.shuffle((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
