# random() through the module functions and through separate instances.
import random

random.seed(7)
print([random.random() for _ in range(10)])

a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random())
a.random()
print(a.random() == b.random())
print(b.random())

# Instances do not share state with the module's hidden instance.
random.seed(1)
x = random.random()
random.Random(1).random()
random.seed(1)
print(x == random.random())
total = sum(random.random() for _ in range(1000))
print(round(total, 6))
print(min(random.random() for _ in range(100)) >= 0.0)
