import math
for x in [0.0, -0.0, 0.3, -2.5, 20.0, 700.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [1.0, 1.5, 10.0, 1e300, math.inf]:
    print(x, math.acosh(x))
for x in [0.0, 0.4, -0.99, 1e-300]:
    print(x, math.atanh(x))
for f, x in [(math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -2.0)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, e)
try:
    math.sinh(1000)
except OverflowError as e:
    print(e)
