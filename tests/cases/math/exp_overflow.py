import math
try:
    math.exp2(1024)
except OverflowError as e:
    print("exp2:", e)
try:
    math.expm1(710)
except OverflowError as e:
    print("expm1:", e)
math.exp(1000)
