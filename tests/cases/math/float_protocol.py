import math
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
class Bad:
    def __float__(self): return "no"
print(math.sqrt(F()), math.sqrt(I()), math.exp(F()), math.hypot(F(), I()), math.isnan(F()))
print(math.isclose(F(), 4), math.copysign(I(), -0.0), math.fsum([F(), I(), 1]))
for arg in ["s", None, [1], Bad()]:
    try:
        math.sqrt(arg)
    except TypeError as e:
        print(e)
