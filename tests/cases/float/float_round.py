# round() with banker's rounding and ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159))
print(type(round(3.7)).__name__, type(round(3.7, 1)).__name__, type(round(3.7, 0)).__name__)
print(round(1234.5678, -2), round(-1234.5678, 1))
print(round(1e20), round(2.5e-3, 3))
print(round(7, 2), round(0.1 + 0.2, 10))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
