# Order of checks when calling an abstract class, and super() into abstract methods.
from abc import ABC, abstractmethod


class NoInit(ABC):
    @abstractmethod
    def f(self):
        ...


try:
    NoInit(1)
except TypeError as e:
    print(e)
try:
    NoInit()
except TypeError as e:
    print(e)


class WithInit(ABC):
    def __init__(self, x):
        print("init ran", x)

    @abstractmethod
    def f(self):
        return "base f"


try:
    WithInit(1)
except TypeError as e:
    print(e)


class Concrete(WithInit):
    def f(self):
        return "concrete + " + super().f()


print(Concrete(2).f())


class WithNew(ABC):
    def __new__(cls, *args):
        print("custom __new__", args)
        return super().__new__(cls)

    @abstractmethod
    def g(self):
        ...


try:
    WithNew(5)
except TypeError as e:
    print(e)


# A builtin base does its own allocation: no abstract check (as in CPython).
class AbstractList(list, ABC):
    @abstractmethod
    def h(self):
        ...


al = AbstractList([1, 2])
print(al, type(al).__name__)
