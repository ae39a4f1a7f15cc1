from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(Color.RED.name, Color.RED.value)
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color))
print(list(Color))
print(len(Color))
print(Color(1), Color['GREEN'], Color(Color.BLUE))
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED == 1, Color.RED in Color, 1 in Color, 4 in Color)
print(repr(Color), str(Color), Color.__name__, Color.__qualname__)
print(bool(Color), bool(Color.RED))
print([c.name for c in reversed(Color)])
print(hash(Color.RED) == hash('RED'))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], sorted(d, key=lambda c: c.value))
print(f"{Color.RED}", f"{Color.RED!r}", f"[{Color.RED:>12}]", f"[{Color.RED:<12}]", "%s" % Color.RED)
print(format(Color.GREEN), format(Color.GREEN, '^15'))
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color.RED.__class__.__name__, Color.__module__)
