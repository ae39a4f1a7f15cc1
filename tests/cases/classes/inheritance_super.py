# single inheritance, method overriding and super().__init__
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = 0

    def kind(self):
        return "dog, a kind of " + super().kind()

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), "|", a.kind())
p = Puppy("tiny")
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(p.tricks, p.sound)
print(issubclass(Dog, object), isinstance(p, object))
