# zip and enumerate refill their result tuple in place once nothing else holds it
# (as CPython does); a tuple that is kept must never change.
z = zip([1, 2, 3], "abc")
first = next(z)
second = next(z)
print(first, second, list(z))

kept = [t for t in zip(range(3), range(10, 13))]
print(kept)

e = enumerate("xyz", start=5)
a = next(e)
b = next(e)
print(a, b, next(e))

# A tuple dropped right away is reused: the same object comes back.
z = zip([1, 2, 3], [4, 5, 6])
i1 = id(next(z))
i2 = id(next(z))
print(i1 == i2)

# Unpacking loops, nested and with three iterables.
total = 0
for x, (y, z2) in zip(range(5), zip(range(5), range(5))):
    total += x * y + z2
print(total)
for i, (p, q, r) in enumerate(zip("ab", "cd", "ef")):
    print(i, p, q, r)

# enumerate past the i64 range keeps counting exactly.
e = enumerate("abc", 2**63 - 2)
print(list(e))
e = enumerate("ab", -2**63)
print(list(e))

# zip strict errors still name the short argument.
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as exc:
    print(exc)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as exc:
    print(exc)

# A tuple held by the caller between steps is not overwritten.
z = zip(range(3), range(3))
held = []
for t in z:
    held.append(t)
print(held)
