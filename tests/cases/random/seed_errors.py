# Unsupported seed types, and seeding from the OS.
import random

for bad in [[1, 2], (1, 2), {1: 2}, {1, 2}, 3 + 4j, object(), frozenset()]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, repr(str(e)))
try:
    random.Random([])
except TypeError as e:
    print("Random([]):", e.args)

# None (or no argument) seeds from the operating system: two draws differ.
random.seed()
a = random.random()
random.seed(None)
b = random.random()
print(a != b, 0.0 <= a < 1.0, 0.0 <= b < 1.0)
r1, r2 = random.Random(), random.Random()
print(r1.getrandbits(128) != r2.getrandbits(128))
