# divmod, abs and round on integers
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 7), divmod(2 ** 65, 10))
print(abs(-3), abs(3), abs(0), abs(-(2 ** 70)))
print(round(5), round(-5), type(round(5)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1))
print(divmod(7.5, 2), divmod(-7.5, 2))
secs = 100000
m, s = divmod(secs, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(d, h, m, s)
digits = []
n = 90817
while n:
    n, r = divmod(n, 10)
    digits.append(r)
print(digits)
