# uniform and triangular: a + (b - a) * random() and the inverse CDF.
import random

r = random.Random(1729)
print([r.uniform(0, 1) for _ in range(3)])
print([r.uniform(-10, 10) for _ in range(3)])
print(r.uniform(5, 2), r.uniform(3, 3), r.uniform(0, 10**20), r.uniform(1, 2.5))
print([r.triangular() for _ in range(3)])
print([r.triangular(0, 100) for _ in range(3)])
print([r.triangular(0, 100, 90) for _ in range(3)])
print([r.triangular(0, 100, 0) for _ in range(3)])
print(r.triangular(10, 0, 2), r.triangular(4, 4), r.triangular(4, 4, 4))
print(r.triangular(low=1, high=3, mode=2))
