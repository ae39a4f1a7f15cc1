# __abstractmethods__: a class's own entry only; assigning it on any class makes the
# class abstract (non-empty) or concrete again (empty); deleting it too.
from abc import ABC, abstractmethod


class A(ABC):
    @abstractmethod
    def f(self):
        ...


print(type(A.__abstractmethods__).__name__, sorted(A.__abstractmethods__))
for obj in (int, type, object):
    try:
        obj.__abstractmethods__
    except AttributeError as e:
        print(obj.__name__, "AttributeError:", e)
print(hasattr(int, '__abstractmethods__'), hasattr(A, '__abstractmethods__'))


class Plain:
    pass


print(hasattr(Plain, '__abstractmethods__'))
Plain.__abstractmethods__ = frozenset({'g', 'f'})
try:
    Plain()
except TypeError as e:
    print(e)


class PlainChild(Plain):
    pass


# The flag is not inherited: PlainChild is concrete and has no entry of its own.
print(type(PlainChild()).__name__, hasattr(PlainChild, '__abstractmethods__'))

Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
Plain.__abstractmethods__ = ['h']
try:
    Plain()
except TypeError as e:
    print(e)
del Plain.__abstractmethods__
print(type(Plain()).__name__, hasattr(Plain, '__abstractmethods__'))

try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print(e)

# Implementing the method afterwards does not help until the set is recomputed.
A.f = lambda self: 1
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset()
print(A().f())
