import math
class N:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class MyFloat(float):
    pass
print(math.floor(N()), math.ceil(N()), math.trunc(N()))
print(math.floor(F()), math.ceil(F()), math.floor(I()), math.ceil(MyFloat(1.5)), math.trunc(MyFloat(-1.5)))
for f in (math.floor, math.trunc):
    try:
        f("x")
    except TypeError as e:
        print(f.__name__, e)
try:
    math.trunc(F())
except TypeError as e:
    print(e)
