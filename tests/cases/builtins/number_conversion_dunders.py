# int and float have the numeric conversion dunders (__int__, __float__, __abs__,
# __round__, __trunc__, __floor__, __ceil__), so duck-typed checks find them.
print((3).__int__(), (3).__float__(), (-3).__abs__(), (7).__round__(), (1234).__round__(-2))
print((2.7).__int__(), (2.5).__float__(), (-2.5).__abs__(), (2.675).__round__(2), (2.5).__round__())
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.1).__ceil__(), (-2.1).__floor__(), (5).__floor__())
print(True.__int__(), True.__float__(), (-7).__trunc__(), (9).__ceil__())
for t in (int, float, bool):
    print(t.__name__, [n for n in ('__int__', '__float__', '__abs__', '__round__', '__trunc__',
                                   '__floor__', '__ceil__') if hasattr(t, n)])
try:
    float('inf').__int__()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float('nan').__floor__()
except ValueError as e:
    print("ValueError:", e)


class MyInt(int):
    pass


class MyFloat(float):
    pass


print(int(MyInt(5)), float(MyFloat(1.5)), abs(MyInt(-2)), round(MyFloat(2.5)), bool(MyInt(0)))
import math
print(math.floor(MyFloat(2.5)), math.trunc(MyInt(3)), int(MyFloat(7.9)), MyFloat(3.5).__int__())
