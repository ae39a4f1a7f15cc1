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
