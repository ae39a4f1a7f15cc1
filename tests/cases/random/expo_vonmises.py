# expovariate and vonmisesvariate.
import random

r = random.Random(77)
print([r.expovariate() for _ in range(3)])
print([r.expovariate(0.1) for _ in range(3)])
print([r.expovariate(-2) for _ in range(2)])
print(r.expovariate(lambd=5))
try:
    r.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([r.vonmisesvariate(0, 0) for _ in range(2)])
print([r.vonmisesvariate(0, 1) for _ in range(3)])
print([r.vonmisesvariate(3.0, 4.0) for _ in range(3)])
print([r.vonmisesvariate(-1.0, 0.5) for _ in range(3)])
print([r.vonmisesvariate(1.0, 500.0) for _ in range(3)])
print(r.vonmisesvariate(10.0, 1e-7))
