import math
for x in [0.0, -0.0, 1, 2, 1e-310, 1e308, math.inf, 10**100, True]:
    print(x, math.sqrt(x), math.exp(-abs(x) if x != math.inf else 1.0))
print(math.exp(709.7), math.exp(-745.2), math.exp(-math.inf), math.exp(math.nan))
print(math.exp2(10), math.exp2(-1074), math.exp2(0.5), math.expm1(1e-10), math.expm1(-50))
