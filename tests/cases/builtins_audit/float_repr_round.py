for x in [0.1, 0.2 + 0.1, 1e16, 1e15, 1e-5, 1e-4, 123456789012345678.0, 1.0, -0.0, 2.5e-320, 1.7976931348623157e308, float("inf"), -float("inf"), float("nan"), 100.0, 1e22, 1e23, 9007199254740993.0]:
    print(repr(x), str(x))
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1.5, None), (2.5, None), (-0.5, None), (1234.5678, -2), (1e300, -300), (5e-324, 323), (0.5, 0), (1.05, 1), (-1.05, 1), (123.456, 10), (1e20, -25)]:
    r = round(x, n) if n is not None else round(x)
    print(x, n, repr(r), type(r).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(True), type(round(True)))
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
