from enum import IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), f"{RW}", RW == 6, RW + 1, isinstance(RW, int))
print(repr(Perm.R | 8), repr(Perm(8)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(~RW), repr(~Perm(0)), repr(Perm(-1)))
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & 6), repr(7 ^ Perm.R))
print(Perm.R + Perm.W, Perm.R * 2, Perm.R << 1, -Perm.R)
print(list(Perm), list(Perm(7)), list(Perm(13)), len(Perm(13)))
print(Perm.X in RW, Perm.R in RW)
print(sorted([Perm.R, Perm.X, Perm.W]))
print(repr(Perm(15)), Perm(15).name, Perm(15).value)


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 8
    CREAT = 64


print(repr(Open.RDONLY), repr(Open.WRONLY | Open.CREAT), repr(Open(3)), repr(Open(72)))
print(list(Open), bool(Open.RDONLY))
print(Open.CREAT | Open.APPEND | Open.RDWR)


class A(IntFlag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()


print(list(A), repr(A(7)), str(A(7)), int(A(7)))
