# __set_name__ is called only at class creation, with the owner; descriptors used as validators
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "__" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__[self.private]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.private] = value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, sorted(p.__dict__))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
late = Typed(float)
Person.height = late
print(hasattr(late, "public"))
print(Person.name.public, Person.age.private)
