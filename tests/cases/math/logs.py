import math
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 0.5), math.log(1))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-20), math.log1p(-0.5))
print(math.log(math.inf), math.log(math.nan), math.log2(5e-324), math.log10(1e-300))
for bad in [0, -1, 0.0, -math.inf]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, bad, e)
try:
    math.log1p(-1)
except ValueError as e:
    print("log1p", e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("base 1:", e)
