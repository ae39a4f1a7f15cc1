# bitwise operators mixing negative and huge ints, shifts and inversion
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70), 2 ** 64 - 1]
for a in vals[:6]:
    print(a, [a & b for b in vals[:6]], [a | b for b in vals[:6]])
print([a ^ -1 for a in vals])
print([~a for a in vals])
print(-(2 ** 70) & (2 ** 64 - 1), -(2 ** 70) | 7, (2 ** 70) ^ -(2 ** 70))
print(-1 & (2 ** 100), -1 ^ (2 ** 100))
print((-(2 ** 100) + 3) & 0xFF, (-(2 ** 100) - 3) >> 98)
print(-1 >> 1000, 1 >> 1000, -(2 ** 200) >> 199)
print(-7 << 64, (-7 << 64) >> 64)
print(1 << 0, 0 << 1000, -1 << 3)
print(hex(-1 & 0xFFFFFFFF), bin(-6 & 0xF))
m = 0
for k in (1, 5, 64, 65, 100):
    m |= 1 << k
print(m, [k for k in range(101) if m >> k & 1])
m &= ~(1 << 64)
print([k for k in range(101) if m >> k & 1])
print(True & False, True | 2, True ^ True, ~True, -True)
try:
    print(-1 >> -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
