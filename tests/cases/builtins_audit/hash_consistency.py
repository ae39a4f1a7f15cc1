import sys
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -(2**61), 10**30, 2**64 + 1]
for v in vals:
    print(v, hash(v) == hash(float(v)) if abs(v) < 2**1023 else None, hash(v) == hash(complex(v, 0)), hash(v))
for f in [0.5, 1.5, -2.25, 1e100, 1e-100, float("inf"), -float("inf"), 2.0**100]:
    print(f, hash(f), hash(f) == hash(complex(f, 0)))
print(hash(float("nan")) == hash(float("nan")) or True)
print(hash(1j), hash(2 + 3j), hash(-1.5j), hash(True), hash(False), hash(None) == hash(None))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.hash_info.imag)
d = {1: "a"}
d[1.0] = "b"
d[complex(1, 0)] = "c"
d[True] = "d"
print(d)
print(hash(-1), hash(-1.0), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
