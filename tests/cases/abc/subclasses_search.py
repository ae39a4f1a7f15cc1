# issubclass(X, ABC) also searches the ABC's subclasses (and their registries), and
# type.__subclasses__() lists direct subclasses in creation order.
from abc import ABC


class Root(ABC):
    pass


class Left(Root):
    pass


class Right(Root):
    pass


class LeftLeaf(Left):
    pass


print([c.__name__ for c in Root.__subclasses__()])
print([c.__name__ for c in Left.__subclasses__()], LeftLeaf.__subclasses__())


class Plain:
    pass


print(issubclass(Plain, Root))
LeftLeaf.register(Plain)
print(issubclass(Plain, LeftLeaf), issubclass(Plain, Left), issubclass(Plain, Root))
print(issubclass(Plain, Right), isinstance(Plain(), Root))


class A:
    pass


class B(A):
    pass


class C(A, Plain):
    pass


print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in Plain.__subclasses__()])
print(issubclass(C, Root), issubclass(B, Root))
print(type.__subclasses__(Right))
print(bool in int.__subclasses__())
