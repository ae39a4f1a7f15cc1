import math
print(math.sqrt(10**300), math.isinf(10**308), math.floor(10**400) == 10**400)
for f in (math.sqrt, math.exp, math.isfinite, math.fabs):
    try:
        f(10**400)
    except OverflowError as e:
        print(f.__name__, e)
