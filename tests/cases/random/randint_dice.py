# randint(a, b) includes both ends.
import random

r = random.Random(6)
rolls = [r.randint(1, 6) for _ in range(60)]
print(rolls)
print(sorted(set(rolls)))
print([r.randint(-3, 3) for _ in range(12)])
print([r.randint(0, 0) for _ in range(3)])
print(r.randint(10**20, 10**20 + 5), r.randint(-(2**70), 2**70))
for args in [(5, 4), (1.0, 3), (1, 2.5)]:
    try:
        r.randint(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
