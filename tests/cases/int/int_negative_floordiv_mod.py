# floor division and modulo with every sign combination, ints and floats
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, -5), (1, -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
big = [(10 ** 20 + 1, 7), (-(10 ** 20) - 1, 7), (10 ** 20 + 1, -7), (-(10 ** 20), -(10 ** 19) - 3)]
for a, b in big:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
print(-1 // 10 ** 30, -1 % 10 ** 30)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % -2)
print(-1 % 3.0, 1 % -3.0, -0.5 // 1)
print(5 % 0.75, -5 % 0.75)
print((-9) // 2 ** 64, (-9) % 2 ** 64)
print(-(2 ** 63) // -1, -(2 ** 63) % -1)
print(-(2 ** 63) // 1, (2 ** 63 - 1) // -1)
for bad in [(1, 0), (1.0, 0), (1, 0.0), (10 ** 30, 0)]:
    for op in ("//", "%"):
        try:
            if op == "//":
                bad[0] // bad[1]
            else:
                bad[0] % bad[1]
        except ZeroDivisionError as e:
            print(op, type(bad[0]).__name__, type(bad[1]).__name__, "->", e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
print([i % -3 for i in range(-4, 5)])
print([i // -3 for i in range(-4, 5)])
