# pow with three arguments, negative exponents and modular inverses
print(pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(10 ** 20, 3, 97))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(5, 0, 1), pow(5, 0, 7), pow(0, 0, 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(2, -1, 10 ** 20 + 39))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, -3), pow(-2, -3), pow(4, -0.5))
print(2 ** -1, (-2) ** -2, 10 ** -5)
print(type(pow(2, -1)).__name__, pow(1, -100), pow(-1, -101))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(-8, 3), pow(-2.0, 3), (-2.0) ** -2, type((-8) ** 2.0).__name__)
print(pow(2, 100, 2 ** 64 + 13))
print(pow(7, 10 ** 18, 1000003))
print(pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(True, 2), pow(2, True, 3), pow(3, 2, True))
