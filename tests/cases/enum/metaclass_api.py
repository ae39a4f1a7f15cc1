import enum
from enum import Enum, EnumMeta, EnumType, IntEnum, Flag, IntFlag, StrEnum, ReprEnum


class Color(Enum):
    RED = 1
    GREEN = 2


print(EnumMeta is EnumType, type(Color) is EnumType, isinstance(Color, EnumMeta))
print(type(Flag), type(IntFlag), repr(Flag), repr(IntFlag), repr(Enum), repr(IntEnum))
print(issubclass(IntEnum, int), issubclass(IntEnum, ReprEnum), issubclass(IntFlag, Flag))
print(IntEnum.__mro__)
print(IntFlag.__mro__)
print(StrEnum.__mro__)
print(len(Enum), list(Enum), list(IntFlag))
print(dir(Color))
print([n for n in dir(Color.RED) if not n.startswith('__')])
print(Color._member_type_, IntEnum._member_type_, Color._member_names_)
print(Color.__doc__)
print(enum.Enum.__module__, Color.RED.__module__)


class Animal(Enum):
    """Animals."""
    CAT = 'meow'


print(Animal.__doc__, sorted(vars(Animal.CAT)))
