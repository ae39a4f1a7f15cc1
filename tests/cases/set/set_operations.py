# union, intersection, difference, symmetric difference and subset tests
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(sorted(a.union([7, 8], (9,))), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {4}, a > a)
print({1, 2}.issubset(a), {1, 5}.issubset(a), set().issubset({9}))
c = set(a)
c |= {7}
c &= {1, 2, 7, 6}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
print(a == {4, 3, 2, 1}, a != b, set() == set())
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
