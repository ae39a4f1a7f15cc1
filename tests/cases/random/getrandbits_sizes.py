# getrandbits(k): one 32-bit output per word, least significant word first.
import random

r = random.Random(99)
for k in [0, 1, 2, 7, 8, 16, 31, 32, 33, 48, 63, 64, 65, 96, 100, 128, 129]:
    x = r.getrandbits(k)
    print(k, x, x.bit_length() <= k)
big = r.getrandbits(2000)
print(big.bit_length(), big % 10**20)
print(r.getrandbits(10))

# The 64-bit result is the next two 32-bit outputs, low word first.
a = random.Random(5)
b = random.Random(5)
lo, hi = a.getrandbits(32), a.getrandbits(32)
print(b.getrandbits(64) == lo | (hi << 32))
for bad in [-1, -100]:
    try:
        r.getrandbits(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [1.5, "8", None]:
    try:
        r.getrandbits(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    r.getrandbits(2**40)
except OverflowError as e:
    print("OverflowError:", e)
