# gammavariate's three algorithms (alpha < 1, == 1, > 1) and betavariate.
import random

r = random.Random(2718)
for alpha, beta in [(0.01, 1.0), (0.1, 2.0), (0.5, 1.0), (0.9, 3.0), (1.0, 1.0),
                    (1.0, 0.5), (2.0, 1.0), (2.5, 2.0), (20.0, 1.0), (200.0, 0.1)]:
    print(alpha, beta, [r.gammavariate(alpha, beta) for _ in range(3)])
for alpha, beta in [(1, 1), (2, 5), (0.5, 0.5), (10, 10), (0.01, 0.01)]:
    print(alpha, beta, [r.betavariate(alpha, beta) for _ in range(3)])
for args in [(0, 1), (1, 0), (-1, 2), (1, -0.5)]:
    try:
        r.gammavariate(*args)
    except ValueError as e:
        print(args, "ValueError:", e)
try:
    r.betavariate(0, 1)
except ValueError as e:
    print("betavariate ValueError:", e)
