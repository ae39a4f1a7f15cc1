# float arithmetic, mixed int/float, floor div and modulo
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 7 / 2.0)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(5.0 % 3, -5.0 % 3, 5 % -3.0)
print(0.1 * 3, 0.1 * 10, sum([0.1] * 10))
print(2.0 ** 0.5, 2 ** 0.5 * 2 ** 0.5)
print(1e300 * 1e-300, 1e-320 / 10)
print(float(7), float("3.25"), float(" -2.5 "), float("1e3"), float("-.5"))
print(3.0 == 3, 3 == 3.000)
print(abs(-2.5), -(-2.5), +(-2.5))
print(divmod(9.5, 2.5), divmod(-9.5, 2.5))
x = 1.0
for _ in range(10):
    x /= 2
print(x)
print(int(2.999), int(-2.999))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
