# The module's names: functions bound to one hidden instance, and the classes.
import random

print(random.__all__)
print(all(callable(getattr(random, name)) for name in random.__all__))
print(type(random._inst).__name__, isinstance(random._inst, random.Random))
print(random.seed.__self__ is random._inst, random.randint.__self__ is random._inst)
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF, random.TWOPI)
print(random.Random.VERSION, random.Random().VERSION)

# The module functions all draw from the hidden instance's one stream.
random.seed(2023)
a = [random.random(), random.randint(1, 10), random.choice("xyz"), random.getrandbits(20)]
r = random.Random(2023)
b = [r.random(), r.randint(1, 10), r.choice("xyz"), r.getrandbits(20)]
print(a == b, a)
print(isinstance(random.Random(), random.Random), type(random.Random(1)).__name__)
print(random.Random.__name__, random.SystemRandom.__name__, random.Random.__module__)
