import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, 1.0, steps=0), math.nextafter(-5e-324, 1.0, steps=3))
print(math.nextafter(1.0, 1.5, steps=10**30), math.nextafter(math.nan, 1.0), math.nextafter(1.0, math.nan), math.nextafter(math.inf, 0))
print(math.ulp(1.0), math.ulp(-2.0), math.ulp(0.0), math.ulp(1e308), math.ulp(1.7976931348623157e308), math.ulp(math.inf), math.ulp(math.nan))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(e)
