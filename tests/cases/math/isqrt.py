import math
print([math.isqrt(n) for n in range(20)], math.isqrt(10**41), math.isqrt(2**200 - 1), math.isqrt(True))
n = 3**301
r = math.isqrt(n)
print(r * r <= n < (r + 1) ** 2)
math.isqrt(-1)
