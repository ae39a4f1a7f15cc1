# floor division and modulo with negative operands follow floor semantics
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
print("invariant ok")
print(-1 // 10, -11 // 10, -10 // 10)
print(-1 % 10, -11 % 10, 11 % -10)
print(2**70 // -3, 2**70 % -3)
print(-(2**70) // 7, -(2**70) % 7)
print(7 // -1, -7 // 1, -7 % 1, 7 % -1)
print(-5 // 3 * 3 + -5 % 3, 5 // -3 * -3 + 5 % -3)
for a in range(-6, 7, 3):
    print(a, [a // b for b in (-4, -2, 2, 4)], [a % b for b in (-4, -2, 2, 4)])
