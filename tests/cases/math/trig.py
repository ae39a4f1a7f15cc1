import math
for x in [0.0, -0.0, 0.5, -1.0, 1.0, 3.0, 1e-8, 100.0, 1e22]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x))
print(math.atan(math.inf), math.atan(-math.inf), math.sin(math.nan))
for y, x in [(0.0, -0.0), (-0.0, -0.0), (1, 0), (-1, -math.inf), (math.inf, math.inf), (3, 4)]:
    print(y, x, math.atan2(y, x))
for f in (math.sin, math.cos, math.tan):
    try:
        f(math.inf)
    except ValueError as e:
        print(f.__name__, e)
