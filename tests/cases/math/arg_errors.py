import math
tests = [
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.atan2(1),
    lambda: math.log(1, 2, 3),
    lambda: math.pow(1),
    lambda: math.sqrt(x=1),
    lambda: math.factorial("5"),
    lambda: math.comb(5),
    lambda: math.hypot(1, y=2),
    lambda: math.isqrt(2.0),
    lambda: math.fsum(5),
    lambda: math.sumprod([1], 5),
    lambda: math.prod(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
