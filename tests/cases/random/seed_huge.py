# Seeds of many words: init_by_array takes them all, least significant first.
import random

for seed in [10**30, 10**100, 2**200 - 1, 2**19937 - 1, 3**5000, 7 * 2**700]:
    r = random.Random(seed)
    print(seed.bit_length(), r.random(), r.getrandbits(40), r.randrange(10**12))

# Seeds that differ only in a high word give different streams.
a = random.Random(1 + 2**64)
b = random.Random(1 + 2**65)
print(a.random(), b.random())
state = random.Random(2**1000).getstate()[1]
print(state[0], state[1], state[623], state[624])
