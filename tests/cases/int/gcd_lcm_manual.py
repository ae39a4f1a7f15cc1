# gcd and lcm implemented manually, including big numbers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a * b // gcd(a, b)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print(total)
print(gcd(2 ** 100, 6 ** 50))
print(gcd(10 ** 30 + 1, 10 ** 15 + 1))

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
