# exponentiation: ints, negatives, float results, three-arg pow
print(2 ** 10, (-2) ** 3, (-2) ** 4)
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
print(2 ** -2, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 5).__name__)
print(pow(2, 10), pow(2, 10, 1000), pow(7, 123, 13))
print(pow(-3, 3), pow(3, 0))
print(2.0 ** 10, 4 ** 0.5, 8 ** (1 / 3))
print(10 ** 20, 10 ** 21)
print(9 ** 0.5 == 3)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
n = 1
for _ in range(5):
    n = n ** 2 + 1
print(n)
