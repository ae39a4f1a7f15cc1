import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001), math.isclose(1, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-11), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1.0))
for kw in [dict(rel_tol=-1.0), dict(abs_tol=-0.1)]:
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print(e)
try:
    math.isclose(1)
except TypeError as e:
    print(e)
try:
    math.isclose(1, 2, 3)
except TypeError as e:
    print(e)
