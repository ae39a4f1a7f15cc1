# __subclasshook__ decides first (True/False), NotImplemented falls back to the normal
# checks, anything else is an AssertionError; answers are cached.
from abc import ABC


calls = []


class Quacker(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is Quacker:
            if any('quack' in B.__dict__ for B in C.__mro__):
                return True
            if C.__name__.startswith('No'):
                return False
        return NotImplemented


class Duck:
    def quack(self):
        return "Quack"


class Robot:
    pass


class NoDuck:
    def quack(self):
        pass


print(issubclass(Duck, Quacker), isinstance(Duck(), Quacker))
print(issubclass(Robot, Quacker), isinstance(Robot(), Quacker))
print(issubclass(NoDuck, Quacker))
Quacker.register(NoDuck)
print(issubclass(NoDuck, Quacker), "(the hook said False)")
print(issubclass(Duck, Quacker), issubclass(Duck, Quacker))
print(calls)


class Sub(Quacker):
    pass


# The hook only answers for Quacker itself.
print(issubclass(Duck, Sub), issubclass(Sub, Quacker))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)


class Fine(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


print(issubclass(int, Fine), issubclass(Fine, Fine))
print(object.__subclasshook__(), object.__subclasshook__(int))
