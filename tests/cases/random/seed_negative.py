# A negative seed seeds as its absolute value.
import random

for seed in [-1, -2, -42, -2**32, -(2**100 + 7)]:
    a = random.Random(seed)
    b = random.Random(-seed)
    xs = [a.random() for _ in range(4)]
    ys = [b.random() for _ in range(4)]
    print(seed, xs == ys, xs[0], a.randrange(1000), b.randrange(1000))
print(random.Random(-7).getstate() == random.Random(7).getstate())
