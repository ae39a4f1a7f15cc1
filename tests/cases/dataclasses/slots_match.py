from dataclasses import dataclass, field


@dataclass(slots=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
print(p, P.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(frozen=True, slots=True)
class FP:
    a: int


print(FP(1), hash(FP(1)) == hash((1,)))


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str


def run(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=dx, dy=dy):
            return f"move {dx},{dy}"
        case Say(text=t) if t.endswith('!'):
            return "shout " + t
        case Say(t):
            return "say " + t


for c in [Move(0, 0), Move(3, 0), Move(1, 2), Say('hi!'), Say('hello')]:
    print(run(c))
