# ABCMeta.register: virtual subclasses for issubclass/isinstance, returned for use as
# a decorator; the ABC is not in their MRO and lends them no methods.
from abc import ABC, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

    def render(self):
        return "rendered"


class Circle:
    def draw(self):
        return "circle"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
r = Drawable.register(Circle)
print(r is Circle, issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable in Circle.__mro__, hasattr(Circle(), 'render'))


@Drawable.register
class Square:
    pass


print(Square.__name__, isinstance(Square(), Drawable))


class BigSquare(Square):
    pass


print(issubclass(BigSquare, Drawable))

# Builtins can be registered too.
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance(3.0, Drawable))

# Registering something already a subclass is a no-op; a cycle is refused.
class Sub(Drawable):
    def draw(self):
        pass


print(Drawable.register(Sub) is Sub)
try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Drawable.register(Drawable) is Drawable)

try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)

try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError:", e)

# An ABC registered with another ABC carries its own virtual subclasses along.
class Other(ABC):
    pass


class Thing:
    pass


Other.register(Thing)
Drawable.register(Other)
print(issubclass(Thing, Drawable), issubclass(Other, Drawable), isinstance(Thing(), Drawable))
