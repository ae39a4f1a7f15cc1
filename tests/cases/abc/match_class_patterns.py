# Class patterns use isinstance(), so ABCs (virtual subclasses, __subclasshook__) and
# metaclass __instancecheck__ take part in matching.
from abc import ABC, abstractmethod
from collections.abc import Sized, Iterable, Hashable


class Animal(ABC):
    @abstractmethod
    def sound(self):
        ...


class Dog(Animal):
    __match_args__ = ('name',)

    def __init__(self, name):
        self.name = name

    def sound(self):
        return 'woof'


class Robot:
    name = 'r2'


Animal.register(Robot)


def classify(x):
    match x:
        case Dog(name):
            return f"dog {name}"
        case Animal(name=n):
            return f"animal-ish {n}"
        case Sized():
            return f"sized {len(x)}"
        case Iterable():
            return "iterable"
        case Hashable():
            return "hashable"
        case _:
            return "other"


for v in [Dog('rex'), Robot(), [1, 2], 'abc', iter([]), 42, {}, None, [[]]]:
    print(classify(v))


class Even(type):
    def __instancecheck__(cls, x):
        return isinstance(x, int) and x % 2 == 0


class EvenNumber(metaclass=Even):
    pass


for n in [1, 2, 3, 4]:
    match n:
        case EvenNumber():
            print(n, "even")
        case _:
            print(n, "odd")
