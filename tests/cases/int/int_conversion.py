# int() conversions from strings, floats and bools
print(int("42"), int("-17"), int("  8  "), int("+5"))
print(int(3.9), int(-3.9), int(0.0), int(-0.5))
print(int("1_000_000"), 1_000_000)
print(int(True), int(False))
print(int("123456789012345678901234567890"))
print(int(1e20))
for bad in ["abc", "", "1.5", "12a", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(int(), int("0"), int("-0"))
