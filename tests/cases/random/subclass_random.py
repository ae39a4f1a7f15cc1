# Subclasses: overriding random() alone makes _randbelow use random() only;
# overriding getrandbits() makes it use getrandbits().
import random


class Fixed(random.Random):
    def random(self):
        return 0.25


f = Fixed(1)
print(isinstance(f, random.Random), f.random(), f._randbelow.__name__)
print(f.randrange(10), f.randint(1, 100), f.choice("abcd"), f.uniform(0, 8))
print(f.sample(range(10), 3), f.choices("abcd", k=3))
deck = list(range(8))
f.shuffle(deck)
print(deck)


class Counting(random.Random):
    """Counts calls to random(), drawing from the base generator."""

    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def random(self):
        self.calls += 1
        return super().random()


c = Counting(42)
print([c.randrange(100) for _ in range(5)], c.calls)
print(c.gauss(), c.calls)
print(c.getrandbits(16), c.calls)


class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3


b = Bits(0)
print(b._randbelow.__name__, b.randrange(4), b.randrange(100), b.randbytes(2))


class Both(Fixed):
    def getrandbits(self, k):
        return 0


print(Both()._randbelow.__name__, Both().randrange(50))


class Own(random.Random):
    def _randbelow(self, n):
        return n - 1


print(Own(3).randrange(10), Own(3).choice("xyz"))


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        super().seed(a * 2 if isinstance(a, int) else a, version)


print(Seeded(21).random() == random.Random(42).random())
print(type(Fixed(0)).__mro__[1] is random.Random, issubclass(random.SystemRandom, random.Random))
