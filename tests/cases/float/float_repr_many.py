# repr/str of many floats: shortest round-trip, exponent switch points
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17,
        123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 9007199254740993.0, 0.3, 1.1 * 1.1, 3.14159, -2.5,
        1e22, 1e23, 12345.6789, 0.000001, 1234567890123456.7, 4.35, 2.675]
for v in vals:
    print(repr(v), str(v))
print([1.0, -0.0, 0.5], (2.0,), {1.5: 2.25})
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float("  3.25  "), float("1_000.5"), float(".5"), float("5."), float("-.5e1"))
print(float("inf"), float("-Infinity"), float("nan"), float("+1E3"))
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(100.0 / 3, 10 / 4, 7 / 7, -1 / 8)
print(0.1 * 3, 0.7 + 0.1, 4.35 * 100, 1.15 * 100)
print(sum([0.1] * 10), 1 - 0.9)
for bad in ["", "1.2.3", "e5", "1e", "--1", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
