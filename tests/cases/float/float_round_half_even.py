# round(): banker's rounding for ints and floats, ndigits and representation effects
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.5000000001]:
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1),
             (2.5, 0), (-2.5, 0), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (0.0, 3),
             (5e-324, 5), (1e20, -20), (123.456, 10)]:
    print(x, n, round(x, n))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(35, -1))
print(round(10 ** 20 + 5 * 10 ** 5, -6), round(-(10 ** 20) - 5 * 10 ** 5, -6))
print(round(123, 2), round(-0.4), round(-0.6), round(0.0), round(-0.0, 1))
print(round(2.5, None), round(7), round(True))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
print(int(2.5), int(-2.5), 7 // 2.0, -7 // 2.0)
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print("%.0f %.0f %.1f %.1f" % (0.5, 1.5, 0.25, 0.35))
