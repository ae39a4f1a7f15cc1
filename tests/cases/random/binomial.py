# binomialvariate (3.12): the n == 1 fast path, the geometric method for small
# n*p, BTRS for large n*p, and the symmetry for p > 0.5.
import random

r = random.Random(1000)
print([r.binomialvariate() for _ in range(10)])
print([r.binomialvariate(1, 0.9) for _ in range(10)])
print([r.binomialvariate(10, 0.3) for _ in range(8)])
print([r.binomialvariate(20, 0.5) for _ in range(8)])
print([r.binomialvariate(100, 0.05) for _ in range(8)])
print([r.binomialvariate(100, 0.5) for _ in range(8)])
print([r.binomialvariate(1000, 0.3) for _ in range(5)])
print([r.binomialvariate(100, 0.75) for _ in range(5)])
print([r.binomialvariate(10**6, 0.001) for _ in range(3)])
print(r.binomialvariate(0, 0.5), r.binomialvariate(7, 0.0), r.binomialvariate(7, 1.0))
print(r.binomialvariate(50, 1e-300), type(r.binomialvariate(1, 0.5)).__name__)
for args in [(-1, 0.5), (5, -0.1), (5, 1.5)]:
    try:
        r.binomialvariate(*args)
    except ValueError as e:
        print(args, "ValueError:", e)
