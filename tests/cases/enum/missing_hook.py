from enum import Enum, IntEnum


class Color(Enum):
    RED = 'red'
    GREEN = 'green'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Color('RED'), Color('Green'))
try:
    Color('blue')
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raises(3)
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))


class Default(IntEnum):
    UNKNOWN = 0
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN


print(Default(1), repr(Default(99)))
