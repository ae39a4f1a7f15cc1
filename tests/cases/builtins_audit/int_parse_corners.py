cases = [("10", 0), ("0x1f", 0), ("0o17", 0), ("0b101", 0), ("1_000", 0), ("  42  ", 10), ("-0x10", 16), ("+7", 10),
         ("z", 36), ("Z", 36), ("0", 0), ("00", 0), ("010", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), ("0x", 16),
         ("0x_1f", 16), ("0b", 0), ("12", 2), ("١٢٣", 10), ("\t\n12\x0b", 10), ("1 2", 10), ("0_0", 0), ("9", 8)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError", e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print(b, "ValueError", e)
for args in [(5, 10), (1.5, 10), (b"12", 16), (bytearray(b"ff"), 16)]:
    try:
        print(int(*args))
    except TypeError as e:
        print("TypeError", e)
print(int(b" 12 "), int("1" * 50), int(-3.9), int(True), int("0" * 10, 0) if False else 0)
for bad in [float("inf"), float("nan"), "1.5", None, [1]]:
    try:
        int(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
import sys
sys.set_int_max_str_digits(5000)
try:
    int("1" * 5001)
except ValueError as e:
    print("ValueError", e)
try:
    str(10 ** 5001)
except ValueError as e:
    print("ValueError", e)
print(sys.get_int_max_str_digits())
