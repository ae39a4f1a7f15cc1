from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW.name, RW.value)
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, bool(Perm(0)), bool(Perm.R))
print(repr(Perm.R & Perm.W), repr(RW & Perm.R), repr(RW ^ Perm.R), repr(RW ^ Perm.X))
print(repr(~Perm.R), repr(~RW), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))
print(Perm.R in RW, Perm.X in RW, Perm(0) in RW, RW in RW)
print(list(RW), list(Perm(7)), list(Perm(0)), len(RW), len(Perm(7)))
print(list(Perm), len(Perm))
print(Perm(6) is RW, Perm(6) == RW, Perm(3))
print(f"{RW}", format(RW, '>10'), RW | Perm.X)
print(Perm['R'], Perm.R.value)
print(repr(Perm), hash(Perm.R) == hash(Perm.R))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), len(Color))
print(repr(Color.WHITE), repr(Color.NONE), repr(Color(0)), Color(7) is Color.WHITE)
print(list(Color.__members__), list(Color.WHITE))
print(repr(Color.RED | Color.GREEN), repr(~Color.RED), repr(~Color.WHITE))
print(Color.RED.value, Color.GREEN.value, Color.BLUE.value)
print([m.name for m in Color.WHITE])

for bad in (8, 9, 'x'):
    try:
        Perm(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)
