import math
# erf/erfc come from the C library as in CPython; these inputs agree with glibc's.
for x in [0.0, -0.0, 0.5, -1.0, 3.0, 10.0, -30.0, math.inf, -math.inf]:
    print(x, math.erf(x), math.erfc(x))
for x in [0.5, 1, 2, 5, 23, 24, 30.5, -0.5, -1.5, -200.5, 1e-30, -1e-30, 170.5, 150.25, math.inf]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(1e-300), math.lgamma(-1e-300), math.lgamma(1e300), math.lgamma(-math.inf), math.gamma(-300.5))
for f, x in [(math.gamma, 0), (math.gamma, -2), (math.gamma, -math.inf), (math.lgamma, 0), (math.lgamma, -3)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, e)
for x in [172, 1e-320]:
    try:
        math.gamma(x)
    except OverflowError as e:
        print(x, e)
