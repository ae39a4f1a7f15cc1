# randrange with one, two and three arguments, steps of both signs, big ranges.
import random

r = random.Random(314)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(5, 10) for _ in range(10)])
print([r.randrange(-20, -10) for _ in range(5)])
print([r.randrange(0, 100, 5) for _ in range(8)])
print([r.randrange(100, 0, -3) for _ in range(8)])
print([r.randrange(-1, -50, -7) for _ in range(6)])
print([r.randrange(2**64) for _ in range(3)])
print([r.randrange(10**50, 10**50 + 1000) for _ in range(3)])
print([r.randrange(0, 2**100, 2**90) for _ in range(3)])
print(r.randrange(1), r.randrange(7, 8), r.randrange(3, 100, 1000))
print(r.randrange(start=3, stop=9, step=2), r.randrange(True), r.randrange(True, 5))

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(r.randrange(Idx(10)), r.randrange(Idx(3), Idx(30), Idx(3)))
