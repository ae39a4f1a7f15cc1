from enum import Enum, IntEnum, auto


class Cmd(Enum):
    START = auto()
    STOP = auto()
    PAUSE = auto()


def handle(c):
    match c:
        case Cmd.START:
            return "starting"
        case Cmd.STOP | Cmd.PAUSE:
            return "halting " + c.name.lower()
        case _:
            return "unknown"


for c in Cmd:
    print(handle(c))
print(handle(3))


class Code(IntEnum):
    OK = 0
    ERR = 1


def check(x):
    match x:
        case Code.OK:
            return "ok"
        case 1:
            return "one"
        case _:
            return "other"


print(check(0), check(Code.OK), check(Code.ERR), check(2))


class Shape(Enum):
    CIRCLE = 'circle'
    SQUARE = 'square'


def area(shape, size):
    match (shape, size):
        case (Shape.CIRCLE, r):
            return round(3.14159 * r * r, 2)
        case (Shape.SQUARE, s):
            return s * s


print(area(Shape.CIRCLE, 2), area(Shape.SQUARE, 3))
counts = {}
for s in [Shape.CIRCLE, Shape.SQUARE, Shape.CIRCLE]:
    counts[s] = counts.get(s, 0) + 1
print(counts)
print({Shape.CIRCLE, Shape.CIRCLE, Shape.SQUARE} == {Shape.SQUARE, Shape.CIRCLE})
