import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum(x / 7 for x in range(1000)), math.fsum([1, 2, 3]))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, math.inf]), math.fsum([-math.inf, -math.inf]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([1.7e308, -1.7e308, 1.0]))
for bad in ([math.inf, -math.inf], [1e308, 1e308]):
    try:
        math.fsum(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
