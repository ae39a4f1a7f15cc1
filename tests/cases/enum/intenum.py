from enum import IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH))
print(f"{Priority.MEDIUM}", f"{Priority.MEDIUM:03d}", format(Priority.HIGH, 'x'), "%d" % Priority.LOW)
print(Priority.LOW < Priority.HIGH, Priority.LOW == 1, Priority.HIGH + 1, Priority.MEDIUM * 10)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), min(Priority), sum(Priority))
print(Priority(2), Priority['HIGH'], 2 in Priority, isinstance(Priority.LOW, int))
print(int(Priority.HIGH), hash(Priority.HIGH) == hash(3), [0, 10, 20, 30][Priority.HIGH])
print(list(range(Priority.HIGH)))
d = {1: 'one'}
print(d[Priority.LOW])
print(Priority.LOW.value, type(Priority.LOW.value).__name__, Priority.LOW.name)


class Auto(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), Auto.D.value)
print(str(Auto.C), repr(Auto.C), Auto.C.__str__())
