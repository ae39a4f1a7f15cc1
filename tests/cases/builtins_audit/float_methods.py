# float methods found missing by the dir() audit
for x in [0.0, -0.0, 1.0, 2.5, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 3.5]:
    print(repr(x), x.hex(), x.as_integer_ratio(), x.is_integer())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).__abs__(), (-2.5).__abs__(), (0.0).__bool__(), (0.1).__bool__())
print((2.7).__int__(), (-2.7).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (2.5).__round__(None))
print((7.5).__divmod__(2), (-7.5).__divmod__(2.0), (7.5).__rdivmod__(2), (7.5).__divmod__("x"))
print((2.5).__float__(), (2.5).__getnewargs__())
print(float.__getformat__("double"), float.__getformat__("float"))
for arg in ["int", 3]:
    try:
        float.__getformat__(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    for m in ("__floor__", "__ceil__", "__trunc__", "__round__"):
        try:
            getattr(bad, m)()
        except (OverflowError, ValueError) as e:
            print(m, type(e).__name__, e)
print(type((2.0).__floor__()), (1e20).__floor__())
try:
    (1.0).__divmod__(0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
