# Keyword sub-patterns read attributes; a missing attribute means no match
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Lazy:
    @property
    def value(self):
        print("  computing value")
        return 99


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(z=_):
            return "has z"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1), (0, 0)]:
    print(where(p))
match Lazy():
    case Lazy(value=v):
        print("value", v)
