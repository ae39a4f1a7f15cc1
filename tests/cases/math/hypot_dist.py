import math
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(1e308, 1e308))
print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(*[0.1] * 100), math.hypot(10**20, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 8)), math.dist((), ()), math.dist(iter([1.5]), [0]))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(e)
try:
    math.hypot(1, "a")
except TypeError as e:
    print(e)
