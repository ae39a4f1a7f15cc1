# class attributes shared across instances vs instance attributes shadowing them
class Dog:
    species = "canis"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, t):
        self.tricks.append(t)

a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
del a.species
print(a.species)
a.count = 100
print(a.count, b.count, Dog.count)

class Fixed:
    def __init__(self):
        self.tricks = []
    def add(self, t):
        self.tricks.append(t)
x, y = Fixed(), Fixed()
x.add(1)
print(x.tricks, y.tricks)
