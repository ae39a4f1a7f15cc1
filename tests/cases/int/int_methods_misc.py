# int behaviour in misc contexts: bool arithmetic, unary ops, hashing
print(+5, -5, -(-5), --5)
print(7 * -1, -7 * -1)
print(hash(42), hash(-1), hash(0), hash(2 ** 10))
print(hash((1, 2)) == hash((1, 2)))
print(hash(1) == hash(1.0) == hash(True))
n = 0
for i in range(1, 101):
    n += i
print(n)
print(sum(range(1, 101)) == n)
print(int.__name__, type(7).__name__, isinstance(7, int))
print(max(3, 9, -2), min(3, 9, -2))
print(str(12345)[::-1], int(str(12345)[::-1]))
print(len(str(-100)))
x = 7
x = -x
print(x, abs(x), x ** 2)
print(10 ** 18 // 10 ** 9)
print(100 == 100, 100 != 99)
print(0 < 10 ** 100)
