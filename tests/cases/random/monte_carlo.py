# Monte Carlo estimates with a seeded generator: pi, an integral, a queue.
import math
import random

rng = random.Random(20240601)

# pi from points in the unit square.
inside = 0
n = 20000
for _ in range(n):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
estimate = 4 * inside / n
print(inside, estimate, abs(estimate - math.pi) < 0.05)

# The integral of exp(-x*x) over [0, 2] by uniform sampling.
samples = [math.exp(-rng.uniform(0, 2) ** 2) for _ in range(5000)]
print(2 * sum(samples) / len(samples))

# Birthday paradox: how often do 23 people share a birthday?
hits = 0
for _ in range(2000):
    days = [rng.randrange(365) for _ in range(23)]
    if len(set(days)) < 23:
        hits += 1
print(hits, hits / 2000)

# A single-server queue with exponential arrivals and service times.
clock = 0.0
free_at = 0.0
waits = []
for _ in range(1000):
    clock += rng.expovariate(1.0)
    start = max(clock, free_at)
    waits.append(start - clock)
    free_at = start + rng.expovariate(1.25)
print(round(sum(waits) / len(waits), 10), max(waits))

# Mean and spread of normal draws.
xs = [rng.gauss(50, 10) for _ in range(4000)]
mean = sum(xs) / len(xs)
var = sum((x - mean) ** 2 for x in xs) / (len(xs) - 1)
print(mean, math.sqrt(var))
