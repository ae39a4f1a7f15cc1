from enum import Enum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, show_flag_values


def attempt(make):
    try:
        cls = make()
        print("ok", list(cls))
    except ValueError as e:
        print("ValueError:", e)


def unique_ok():
    @verify(UNIQUE)
    class C(Enum):
        A = 1
        B = 2
    return C


def unique_bad():
    @verify(UNIQUE)
    class C(Enum):
        A = 1
        B = 1
        D = 1
    return C


def continuous_bad():
    @verify(CONTINUOUS)
    class C(Enum):
        A = 1
        B = 2
        E = 5
    return C


def continuous_flag():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        B = 2
        D = 8
    return F


def named_flags_bad():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        ABCD = 15
    return F


def named_flags_two():
    @verify(NAMED_FLAGS)
    class F(IntFlag):
        A = 1
        X = 5
        Y = 9
    return F


for f in (unique_ok, unique_bad, continuous_bad, continuous_flag, named_flags_bad, named_flags_two):
    attempt(f)
print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS))
print(show_flag_values(13), show_flag_values(0))
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print("TypeError:", e)
