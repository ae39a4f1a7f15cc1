import math
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 10), math.comb(100, 50), math.comb(10**20, 2))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 10), math.perm(10**20, 2))
for args in [(-1, 2), (5, -1), (5.0, 2), (10**20, 10**19)]:
    try:
        print(math.comb(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(-1,), (4, -2)]:
    try:
        math.perm(*args)
    except ValueError as e:
        print(e)
