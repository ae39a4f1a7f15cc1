# Class patterns check isinstance: subclasses match, object() matches everything
class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


def kind(a):
    match a:
        case Dog():
            return "dog"
        case Animal():
            return "some animal"
        case object():
            return "any object"


for a in [Dog(), Cat(), Animal(), 1, None]:
    print(type(a).__name__, kind(a))
