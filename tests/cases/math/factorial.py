import math
print([math.factorial(n) for n in range(8)], math.factorial(25))
print(len(str(math.factorial(1000))), math.factorial(True))
class I:
    def __index__(self): return 6
print(math.factorial(I()))
try:
    math.factorial(5.0)
except TypeError as e:
    print(e)
try:
    math.factorial(10**20)
except OverflowError as e:
    print(e)
math.factorial(-1)
