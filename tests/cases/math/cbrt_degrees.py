import math
print(math.cbrt(27), math.cbrt(-8), math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(math.inf), math.cbrt(1e-300))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(-90), math.degrees(math.inf))
