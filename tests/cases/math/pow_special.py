import math
cases = [(2, 10), (2, 0.5), (-2, 3), (-2.0, -3), (0.0, 0), (math.nan, 0), (1, math.nan),
         (math.inf, -1), (-math.inf, 3), (-math.inf, 2), (-math.inf, -3), (0.5, math.inf),
         (2, -math.inf), (-1, math.inf), (0.0, 3), (-0.0, 3), (1e-300, 2)]
for x, y in cases:
    print(x, y, math.pow(x, y))
for x, y in [(0.0, -1), (-0.0, -2.5), (-8, 1 / 3), (10, 400)]:
    try:
        math.pow(x, y)
    except (ValueError, OverflowError) as e:
        print(x, y, type(e).__name__, e)
