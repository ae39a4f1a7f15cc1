# Instantiating an abstract class fails with CPython 3.12's message, listing the
# abstract methods sorted; implementing them all makes the class concrete.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)

s = Square(3)
print(s.describe(), s.perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)


class Many(metaclass=ABCMeta):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def Mid(self): ...
    @abstractmethod
    def _private(self): ...


try:
    Many()
except TypeError as e:
    print(e)

# object.__new__ refuses too, even when called directly.
try:
    object.__new__(Many)
except TypeError as e:
    print(e)

# A subclass that sets the method to None still leaves it implemented.
class NoneImpl(Half):
    perimeter = None


print(type(NoneImpl()).__name__, NoneImpl.__abstractmethods__)
