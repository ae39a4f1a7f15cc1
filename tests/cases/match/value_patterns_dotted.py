# Value patterns: dotted names are looked up each time and compared with ==
import sys


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1


def name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Color.Shade.DARK:
            return "is dark"
        case sys.maxsize:
            return "is maxsize"
        case _:
            return "unknown"


for c in ["red", "green", 1, True, sys.maxsize, "blue"]:
    print(repr(c), name(c))

Color.RED = "crimson"
print(name("crimson"), name("red"))
