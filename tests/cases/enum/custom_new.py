from enum import Enum, IntEnum


class Coord(float, Enum):
    def __new__(cls, value, label):
        obj = float.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0.5, 'P.X')
    PY = (1.5, 'P.Y')


print(Coord.PY.label, Coord.PY.value, repr(Coord.PX), Coord(1.5), Coord.PX * 2)


class Status(IntEnum):
    def __new__(cls, value, phrase, description=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj

    OK = 200, 'OK', 'Request fulfilled'
    NOT_FOUND = 404, 'Not Found'


print(Status.OK, repr(Status.NOT_FOUND), Status.NOT_FOUND.phrase, Status(200).description)
print(Status.OK == 200, Status.OK + 1)


class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Color(AutoNumber):
    RED = ()
    GREEN = ()
    BLUE = ()


print(list(Color), Color(2))


class Labeled(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    def __init__(self, value, label):
        self.initialized = (value, label)


class Level(Labeled):
    LOW = 1, 'low'
    HIGH = 2, 'high'


print(Level.LOW.label, Level.HIGH.initialized, Level(2), Level.LOW.value)


class TupleValue(Enum):
    A = (1, 2)
    B = (3, 4)


print(TupleValue.A.value, TupleValue((3, 4)))


class ListValue(Enum):
    A = [1, 2]
    B = [3]


print(ListValue([3]), ListValue.A.value, ListValue.A in ListValue)
try:
    [1, 2] in ListValue
except TypeError as e:
    print("TypeError:", e)
