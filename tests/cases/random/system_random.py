# SystemRandom reads the OS's entropy and has no state.
import random

s = random.SystemRandom()
print(isinstance(s, random.Random))
xs = [s.random() for _ in range(100)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 90)
print(all(1 <= s.randint(1, 6) <= 6 for _ in range(50)))
print(s.getrandbits(0), 0 <= s.getrandbits(7) < 128, s.getrandbits(300).bit_length() <= 300)
print(len(s.randbytes(16)), s.randbytes(0))
print(sorted(s.sample(range(10), 10)) == list(range(10)))
deck = list(range(20))
s.shuffle(deck)
print(sorted(deck) == list(range(20)))
print(s.seed(5), s.seed())
print(s.choice("a"), s.uniform(2, 2))
for f in [s.getstate, lambda: s.setstate(None)]:
    try:
        f()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    s.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)
