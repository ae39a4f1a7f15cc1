# Float seeds go through hash(): integral floats seed like the int.
import random

for seed in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 3.141592653589793, 1e300, -1e-300, float("inf"), float("-inf")]:
    r = random.Random(seed)
    print(seed, r.random(), r.randrange(100))

print(random.Random(5.0).random() == random.Random(5).random())
print(random.Random(-5.0).getstate() == random.Random(5).getstate())
print(random.Random(2.5).getstate() == random.Random(hash(2.5)).getstate())
