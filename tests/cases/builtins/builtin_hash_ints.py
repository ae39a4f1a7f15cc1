# hash() of ints and tuples of ints is deterministic
for n in [0, 1, -1, -2, 42, 10 ** 6, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64)]:
    print(n, hash(n))
print(hash(True), hash(False), hash(-3))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), (3,))))
print(hash((1, 2)) == hash((1, 2)), hash(7) == 7)
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
buckets = {}
for n in range(12):
    buckets.setdefault(hash(n) % 4, []).append(n)
print(buckets)
