# bitwise operators on positive, negative and large ints
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~1, ~-1, ~255)
print(1 << 10, 1 << 0, 1024 >> 3, 1023 >> 20)
print(-8 >> 1, -1 >> 5, -9 >> 2)
print(-8 << 2)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 100)
print((1 << 100) >> 99)
print((2 ** 100 - 1) & 0xFFFF)
print((2 ** 100) | 1)
print(-(2 ** 80) >> 70)
print(~(2 ** 70))
print(0xFF ^ 0x0F, 0b1010 & 0b0110, 0o17 | 0o20)
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x))
print([(x >> i) & 1 for i in range(6)])
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
