import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, global_enum, member, nonmember


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @classmethod
    def from_date_index(cls, i):
        return cls(i % 7 + 1)

    @property
    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)


print([d.name for d in Weekday if d.is_weekend], Weekday.from_date_index(8))
print(sorted(Weekday, key=lambda d: d.name)[:3])
print({d: d.value for d in list(Weekday)[:2]})
print(Weekday.MONDAY.name.title(), Weekday['FRIDAY'].value)
print(getattr(Weekday, 'SUNDAY'), Weekday.__members__.get('NOPE'))
print(max(Weekday, key=lambda d: d.value), len(set(Weekday)))


class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


purple = Color.RED | Color.BLUE
print(purple, repr(purple), purple.name, purple.value, [c.name for c in purple])
print(Color.RED in purple, Color.GREEN in purple, bool(purple & Color.GREEN))
print(repr(Color(0)), Color(0).name, repr(Color.RED & Color.GREEN))


class Perm(Flag):
    NONE = 0
    R = 4
    W = 2
    X = 1
    RWX = 7


print(repr(Perm.NONE), repr(Perm(7)), repr(Perm.R | Perm.W | Perm.X), Perm.RWX.name)
print([p.name for p in Perm], [p.name for p in Perm.RWX], len(Perm.RWX))
print(repr(~Perm.RWX), repr(~Perm.NONE), repr(~Perm.R))


class Ext(Enum):
    A = 1
    helper = nonmember(10)

    @member
    class Inner:
        pass


print(list(Ext.__members__), Ext.helper)
print(enum.EnumType, enum.EnumMeta, enum.ReprEnum)


class Answer(str, Enum):
    YES = 'y'
    NO = 'n'

    def __str__(self):
        return self.value


print(Answer.YES, f"{Answer.NO}", Answer('y') is Answer.YES, Answer.YES + '!', repr(Answer.NO))


class Grade(IntEnum):
    F = 0
    D = 1
    C = 2


print(Grade.C > Grade.D, Grade.C > 1, Grade(1), [g for g in Grade if g >= 1])
print(sum(g for g in Grade), Grade.C // 2, Grade.D.bit_length(), hex(Grade.C))
