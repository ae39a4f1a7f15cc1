# seed(a, version=1): the old string hashing for str and bytes.
import random

r = random.Random()
for seed in ["", "a", "hello", "Ωmega", b"hello", b"\xe9t\xe9"]:
    r.seed(seed, version=1)
    print(repr(seed), r.random(), r.randrange(50))

# Other types seed as in version 2.
for seed in [17, 2.5, -3]:
    r.seed(seed, version=1)
    a = r.random()
    r.seed(seed)
    print(seed, a == r.random())
# An unknown version with a str falls through to the type check.
r.seed("abc", version=3)
print(r.random())
