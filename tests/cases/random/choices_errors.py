# choices' argument errors.
import random

r = random.Random(3)
calls = [
    lambda: r.choices("abc", 2),
    lambda: r.choices("abc", [1, 2]),
    lambda: r.choices("abc", cum_weights=[1, 2]),
    lambda: r.choices("abc", [1, 2, 3], cum_weights=[1, 2, 3]),
    lambda: r.choices("abc", [0, 0, 0]),
    lambda: r.choices("abc", [-1, 0, 0]),
    lambda: r.choices("abc", [1, float("inf"), 1]),
    lambda: r.choices("abc", [1, float("nan"), 1]),
    lambda: r.choices([], k=1),
    lambda: r.choices("ab", [1, "x"]),
    lambda: r.choices(5),
]
for f in calls:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
