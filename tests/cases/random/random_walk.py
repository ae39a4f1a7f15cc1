# Random walks and a tiny genetic search, all from one seed.
import random

random.seed(31337)

# A 1-D walk and its furthest excursion.
pos, furthest = 0, 0
for _ in range(1000):
    pos += random.choice((-1, 1))
    furthest = max(furthest, abs(pos))
print(pos, furthest)

# A 2-D lattice walk.
x = y = 0
for _ in range(500):
    dx, dy = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
    x, y = x + dx, y + dy
print((x, y))

# Evolve a string towards a target by mutation and selection.
TARGET = "random module"
ALPHABET = "abcdefghijklmnopqrstuvwxyz "


def fitness(s):
    return sum(a == b for a, b in zip(s, TARGET))


def mutate(s, rate):
    return "".join(random.choice(ALPHABET) if random.random() < rate else c for c in s)


best = "".join(random.choices(ALPHABET, k=len(TARGET)))
generation = 0
while best != TARGET and generation < 2000:
    generation += 1
    children = [mutate(best, 0.05) for _ in range(30)]
    best = max(children + [best], key=fitness)
    if generation % 25 == 0:
        print(generation, repr(best), fitness(best))
print("done", generation, repr(best))

# Weighted loot table.
loot = {"common": 70, "rare": 25, "epic": 4, "legendary": 1}
drops = random.choices(list(loot), weights=list(loot.values()), k=200)
print({k: drops.count(k) for k in loot})
