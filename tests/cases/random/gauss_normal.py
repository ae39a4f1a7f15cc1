# gauss keeps the second value of each pair in gauss_next; normalvariate and
# lognormvariate use the ratio-of-uniforms loop.
import random

r = random.Random(100)
print(r.gauss_next)
print(r.gauss(), r.gauss_next)
print(r.gauss(), r.gauss_next)
print([r.gauss(10, 2) for _ in range(4)])
print(r.gauss(mu=-5, sigma=0.5))
r.seed(100)
print(r.gauss_next, r.gauss())
print([r.normalvariate() for _ in range(4)])
print([r.normalvariate(100, 15) for _ in range(3)])
print(r.normalvariate(mu=1, sigma=0))
print([r.lognormvariate(0, 1) for _ in range(3)])
print(r.lognormvariate(1.5, 0.25))

# Seeding clears the cached value.
r.gauss()
print(r.gauss_next is not None)
r.seed(1)
print(r.gauss_next)
