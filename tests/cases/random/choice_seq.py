# choice over the sequence types, and its empty-sequence error.
import random

r = random.Random(11)
print([r.choice("abcdefgh") for _ in range(10)])
print([r.choice([10, 20, 30]) for _ in range(6)])
print([r.choice((None, True, 1.5)) for _ in range(4)])
print([r.choice(range(1000, 2000, 7)) for _ in range(4)])
print(r.choice(["only"]))
print(r.choice([[1], [2], [3]]))
for empty in ["", [], (), range(0)]:
    try:
        r.choice(empty)
    except IndexError as e:
        print(type(empty).__name__, "IndexError:", e)
try:
    r.choice({})
except IndexError as e:
    print("dict IndexError:", e)
try:
    r.choice(5)
except TypeError as e:
    print("TypeError:", e)
