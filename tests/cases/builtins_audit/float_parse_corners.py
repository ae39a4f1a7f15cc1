for s in ["1.5", " 1.5 ", "1_000.5", "1e3", "1E-3", ".5", "5.", "inf", "-Infinity", "nAn", "+inf", "1_0e1_0", "0x1p3", "1__0", "_1", "1.5f", "", " ", "e5", "1e", "infinit", "١.٥", "1e500", "-1e500", "1e-400", "\u20031.5\u2003"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(float(b"1.5"), float(bytearray(b"2")), float(True), float(10**20), float(-0))
for bad in [None, [1], "1j", 1j]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16 + 1, 3 * 1.1, 0.1 * 3, 1e308 * 10, -1e308 * 10, 5e-324 / 2)
print(1.0 % 0.3, -1.0 % 0.3, 1.0 // 0.3, -7.5 // 2, 7.5 % -2, -0.0 % 1, 0.0 % -1, divmod(-0.0, 1))
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1, lambda: (-1.0) ** 0.5, lambda: 10.0 ** 400]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf") - float("inf"), float("inf") * 0, 2.0 ** 0.5, (-8.0) ** 3, 2 ** 0.5, 4 ** -0.5)
