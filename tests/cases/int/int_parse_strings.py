# int() parsing: whitespace, bases, prefixes and underscores
print(int("  42\n"), int("\t-7 "), int("+0"), int("-0"), int("000123"))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("42", 0), int("0", 0))
print(int("1f", 16), int("0x1F", 16), int("z", 36), int("Z", 36), int("-ff", 16))
print(int("1_000"), int("1_000_000", 0), int("0x_ff", 16), int("0b_1_0", 0))
print(int("777", 8), int("0o777", 8), int("11", 2), int("10", 3))
print(int(" 0b11 ", 0), int("-0x10", 0), int("00", 0))
print(int("123456789" * 4), int("-" + "9" * 30))
bad = [("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("012", 0), ("0x1g", 0),
       ("2", 2), ("", 10), ("- 1", 10), ("1.0", 10), ("0b2", 0), ("9", 8)]
for text, base in bad:
    try:
        int(text, base)
        print("ok?", text)
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int(True), int(-2.9), int(2.9), int("-2"), int(" +2 "))
print(int("٣"), int("１２"), int("  ٤٢  "))
