# randbytes(n) is getrandbits(n * 8) as n little-endian bytes.
import random

r = random.Random(256)
for n in [0, 1, 2, 4, 5, 8, 16, 33]:
    b = r.randbytes(n)
    print(n, type(b).__name__, len(b), b)
a = random.Random(9)
b = random.Random(9)
print(a.randbytes(6) == b.getrandbits(48).to_bytes(6, "little"))
random.seed(3)
print(random.randbytes(10))
try:
    r.randbytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    r.randbytes(1.5)
except TypeError as e:
    print("TypeError:", e)
