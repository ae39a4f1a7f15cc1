import math
for x, y in [(5, 2), (7, 2), (-5, 2), (5.5, 1), (6.5, 1), (-6.5, 1), (1, math.inf), (1e300, 3), (0.0, 1), (-0.0, 1)]:
    print(x, y, math.remainder(x, y))
print(math.remainder(math.nan, 1), math.remainder(1, math.nan))
for x, y in [(1, 0), (math.inf, 1)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print(x, y, e)
