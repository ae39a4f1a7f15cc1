from enum import Enum, auto, IntEnum, Flag


class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()


print(list(A))


class B(Enum):
    X = 10
    Y = auto()
    Z = 5
    W = auto()


print(list(B))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Named))


class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (name, start, count, tuple(last_values))


class Child(Base):
    P = auto()
    Q = auto()


print([m.value for m in Child])


class Tup(Enum):
    A = auto(), 'a'
    B = auto(), 'b'


print(list(Tup))

print(repr(auto()), repr(auto(5)))


class Explicit(Enum):
    A = auto(7)
    B = auto()


print(list(Explicit))

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print("TypeError:", e)


class F(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


print(list(F), [m.value for m in F])
