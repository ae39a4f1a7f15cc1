import math
for x in [0.0, -0.0, 1.0, -3.5, 1e-310, 5e-324, 1e308, math.inf, -math.inf, math.nan, 8]:
    print(x, math.frexp(x), math.modf(x))
for x, e in [(1.0, 10), (0.75, -1073), (0.5, -1075), (1.0, -1075), (1.5, -1074), (3.0, 1022), (0.0, 10**30), (1.0, -10**30), (-1.0, -10**30), (math.inf, -5), (True, 3)]:
    print(x, e, math.ldexp(x, e))
for x, e in [(1.0, 1024), (1.0, 10**30)]:
    try:
        math.ldexp(x, e)
    except OverflowError as err:
        print(x, err)
try:
    math.ldexp(1.0, 2.0)
except TypeError as err:
    print(err)
