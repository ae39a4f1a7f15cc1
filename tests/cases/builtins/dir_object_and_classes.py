# dir() of object, plain classes, __slots__ classes and subclasses of builtins
class A:
    def m(self):
        pass


class B(A):
    x = 1


class S:
    __slots__ = ('x',)


class SW:
    __slots__ = ('x', '__weakref__')


class L(list):
    pass


class E(ValueError):
    pass


print(dir(object))
print(dir(object()))
print(dir(A()))
print(dir(A) == dir(A()))
print(dir(B()))
print(dir(S()))
print(dir(SW()))
print([n for n in dir(L()) if n in ('__class__', '__dict__', '__weakref__', 'append')])
print([n for n in dir(E()) if n in ('__class__', '__dict__', '__weakref__', 'args')])
print(set(dir(object)) <= set(dir(A())), '__class__' in dir(1), '__class__' in dir(int))
print(sorted(object().__dir__()) == dir(object))
