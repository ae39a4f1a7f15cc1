# true division of ints always produces floats
print(7 / 2, -7 / 2, 6 / 3, 0 / 5)
print(type(6 / 3).__name__)
print(1 / 3, 2 / 3, 10 / 4)
print(2 ** 60 / 2, 10 ** 20 / 10 ** 10)
print(1 / 7 * 7)
print(-0 / 5)
for a, b in [(1, 0), (0, 0), (5.0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(3 // 2.0, 3 % 2.0, -3 // 2.0, -3 % 2.0)
