# sample(..., counts=) and sample's errors.
import random

r = random.Random(5)
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample("abc", counts=[1, 0, 3], k=4))
print(r.sample(range(3), counts=[10, 20, 30], k=10))
print(sorted(r.sample(["x", "y"], counts=[2, 3], k=5)))
calls = [
    lambda: r.sample(range(5), 6),
    lambda: r.sample(range(5), -1),
    lambda: r.sample({1, 2, 3}, 2),
    lambda: r.sample({"a": 1}, 1),
    lambda: r.sample(["a"], counts=[1, 2], k=1),
    lambda: r.sample(["a", "b"], counts=[0, 0], k=1),
    lambda: r.sample(["a", "b"], counts=[1.5, 2.5], k=1),
    lambda: r.sample(["a", "b"], counts=[1, 1], k=3),
    lambda: r.sample(range(4)),
]
for f in calls:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
