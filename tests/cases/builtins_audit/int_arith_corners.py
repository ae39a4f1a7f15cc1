for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2**70, 3), (-(2**70), 7), (10**30, -10**15)]:
    print(a // b, a % b, divmod(a, b), a / b, -a // b)
print(2 ** 100, (-2) ** 63, 2 ** -2, (-8) ** (1 / 3) if False else 0, 0 ** 0, 10 ** 20 // 3)
print(1 << 100, -1 >> 100, -(2**70) >> 3, (2**70) & -(2**65), ~(2**70), (2**70) ^ -1, -5 | 3)
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 2 ** 2 ** 2 ** 2 ** 2 if False else (1).__lshift__(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(True + True, True * 3, -True, ~True, True & False, True | 2, True ^ True, type(True & False), type(True + 0))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2], "big"), (100).to_bytes())
for bad in [lambda: (-1).to_bytes(2, "big"), lambda: (65536).to_bytes(2, "big"), lambda: (1).to_bytes(2, "middle")]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((10).bit_length(), (-10).bit_length(), (0).bit_length(), int.__add__(1, 2), int.__sub__(5, 2), (3).__pow__(2, 5))
print(abs(-(2**63)), -(-(2**63)), (2**63) - 1 + 1, -(2**63) - 1, (-(2**63)) // -1, (-(2**63)) * -1)
print(7 .__floordiv__(2), 7 .__rtruediv__(2), (5).__eq__(5.0), (5).__lt__(5.5), (5).__add__(1.0))
print(float(2**1023) * 2 if False else "x", 2**1024 > 1e308, 2**1024 == float("inf"), 10**400 > float("inf"), -10**400 < -1e308)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    2**1024 / 1
except OverflowError as e:
    print("OverflowError", e)
print(10**400 // 10**399, (10**400) / (10**399), 1 / 3, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
