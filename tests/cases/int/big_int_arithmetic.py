# arbitrary precision integer arithmetic and printing
a = 2 ** 100
print(a)
print(a + 1, a - 1)
print(a * a)
print(-a)
print(a // 3, a % 3)
print(3 ** 200)
print(10 ** 30 + 7)
b = 123456789012345678901234567890
print(b * 987654321098765432109876543210)
print(b // 987654321, b % 987654321)
print(len(str(2 ** 1000)))
print(sum(int(d) for d in str(2 ** 1000)))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20))
print(a == 2 ** 100, a > 2 ** 99, a < -a)
print(abs(-a), -a // 7, -a % 7)
print((a + 5) - a)
print(2 ** 64 - 1, -(2 ** 63))
print(divmod(10 ** 25, 10 ** 12 + 1))
print(pow(3, 100), pow(2, 100) == 2 ** 100)
