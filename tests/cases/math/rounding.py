import math
for x in [2.5, -2.5, -0.5, 0.0, 1e300, -1e-300, 7, -7, True, 10**30]:
    r = (math.floor(x), math.ceil(x), math.trunc(x))
    print(x, r, [type(v).__name__ for v in r])
for x in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(x)
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
