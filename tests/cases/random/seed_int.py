# Int seeds: every bit of the seed is used, split into 32-bit words.
import random

for seed in [0, 1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])

r = random.Random(2024)
print(r.random(), r.random(), r.random())
r.seed(2024)
print(r.random())
print(random.Random(True).random() == random.Random(1).random())
print(random.Random(False).random() == random.Random(0).random())
