# shortest repr of floats across magnitudes
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 100.0, 1e16, 1e15, 123456789.0, 1e-05,
        0.0001, 1e-4 * 10, 1.5e300, 2.5e-300, 1 / 3, 2 / 3, 3.14159, 1e22, 1e23]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3)
print(1.1 * 3, 0.7 + 0.1, 0.3 - 0.1)
print(float(2 ** 70), float(10 ** 16), float(12345678901234567))
print(1e16 + 1, 9007199254740993.0)
print(-0.0, 0.0, -0.0 == 0.0)
print(5e-324, 1.7976931348623157e308)
print(4.35 * 100, 1.15 * 100)
print(100.0 / 3.0)
