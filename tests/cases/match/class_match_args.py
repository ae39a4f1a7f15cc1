# Positional sub-patterns use __match_args__, which subclasses inherit or replace
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Labelled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


def show(p):
    match p:
        case Point3(x, y, z):
            return f"3d {x} {y} {z}"
        case Labelled(x, y, label=text):
            return f"labelled {text} at {x} {y}"
        case Point(0, y):
            return f"x is zero, y {y}"
        case Point(x):
            return f"x {x}"


for p in [Point3(1, 2, 3), Labelled(5, 6, "L"), Point(0, 9), Point(7, 8)]:
    print(show(p))
match Point(1, 2):
    case Point(1, y=2):
        print("positional then keyword")
