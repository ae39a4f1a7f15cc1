import math
print(math.log(10**1000), math.log2(2**5000), math.log10(10**400), math.log10(10**400 + 1))
print(math.log(10**1000, 10), math.log(2**2000, 2**1000), math.log(3**1000, 3))
print(math.log1p(10**20) if True else 0)
print(math.log(7**2000) == 2000 * math.log(7))
try:
    math.log(-(10**400))
except ValueError as e:
    print(e)
