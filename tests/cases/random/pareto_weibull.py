# paretovariate and weibullvariate.
import random

r = random.Random(4)
print([r.paretovariate(1) for _ in range(3)])
print([r.paretovariate(3.5) for _ in range(3)])
print([r.weibullvariate(1, 1) for _ in range(3)])
print([r.weibullvariate(2.0, 0.5) for _ in range(3)])
print([r.weibullvariate(10, 5) for _ in range(3)])
try:
    r.paretovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
