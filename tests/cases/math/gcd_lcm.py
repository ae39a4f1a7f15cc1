import math
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(-4, 6))
print(math.gcd(2**100, 6**50), math.lcm(), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3))
print(math.gcd(True, 4), type(math.gcd(True)).__name__)
try:
    math.gcd(1.5, 3)
except TypeError as e:
    print(e)
try:
    math.lcm(2, "3")
except TypeError as e:
    print(e)
