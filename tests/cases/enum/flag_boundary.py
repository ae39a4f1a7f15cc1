from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class S(Flag, boundary=STRICT):
    A = 1
    B = 2
    C = 8


class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
    C = 8


class E(Flag, boundary=EJECT):
    A = 1
    B = 2
    C = 8


class K(Flag, boundary=KEEP):
    A = 1
    B = 2
    C = 8


for cls in (S, C, E, K):
    for v in (3, 4, 7, 11, 16, -1):
        try:
            r = cls(v)
            print(cls.__name__, v, repr(r))
        except ValueError as e:
            print(cls.__name__, v, "ValueError:", e)
print(S._boundary_, K._boundary_, repr(FlagBoundary.KEEP), list(FlagBoundary))
print(repr(~C.A), repr(~E.A), repr(~K.A))
