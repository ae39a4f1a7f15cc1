# randrange's 3.12 error messages.
import random

r = random.Random(0)
cases = [
    (0,), (-5,), (5, 5), (10, 2), (1, 10, -1), (10, 1, 1), (0, 10, 0),
    (1.5,), (0, 2.5), (0, 10, 2.0), ("3",), (3, None, 2), (None,),
    (2**70, 2**70), (5, 1, 2),
]
for args in cases:
    try:
        print(args, r.randrange(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    r.randrange()
except TypeError as e:
    print("TypeError", e)
