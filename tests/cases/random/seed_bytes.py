# bytes seeds (version 2).
import random

for seed in [b"", b"\x00", b"\xff" * 3, b"hello", b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09", b"\x00" * 64]:
    r = random.Random(seed)
    print(seed[:10], r.random(), r.getrandbits(64))

# A leading zero byte changes the seed (the digest follows the data).
print(random.Random(b"\x00a").random() == random.Random(b"a").random())
