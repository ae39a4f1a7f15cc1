# choices: equal odds, relative weights, cumulative weights, k.
import random

r = random.Random(2)
colors = ["red", "green", "blue"]
print(r.choices(colors))
print(r.choices(colors, k=8))
print(r.choices(colors, [10, 1, 1], k=8))
print(r.choices(colors, weights=[0, 0, 1], k=3))
print(r.choices(colors, cum_weights=[1, 2, 10], k=8))
print(r.choices(colors, [0.25, 0.5, 0.25], k=8))
print(r.choices(range(10), k=5))
print(r.choices(colors, k=0), r.choices([], k=0))
print(r.choices("ab", [1, 0], k=4))

# Tallies over many draws.
tally = {c: 0 for c in colors}
for c in r.choices(colors, [5, 3, 2], k=1000):
    tally[c] += 1
print(tally)

# cum_weights from weights give the same draws.
a = random.Random(9).choices("wxyz", [1, 2, 3, 4], k=10)
b = random.Random(9).choices("wxyz", cum_weights=[1, 3, 6, 10], k=10)
print(a == b, a)
