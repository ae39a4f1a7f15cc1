import math
print(math.fabs(-0.0), math.fabs(-3), math.fabs(-math.inf))
for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (-0.0, 1), (3, math.inf), (-3, -math.inf), (1e300, 1e-300)]:
    print(x, y, math.fmod(x, y))
for x, y in [(1, -0.0), (-1, 0.0), (math.nan, -1), (math.inf, -2), (0, -5)]:
    print(x, y, math.copysign(x, y))
for x, y in [(1, 0), (math.inf, 2)]:
    try:
        math.fmod(x, y)
    except ValueError as e:
        print(x, y, e)
print(math.fmod(math.nan, 0), math.fmod(2, math.nan))
