from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int = 0
    y: list = field(default_factory=list)

    def __post_init__(self):
        print("Base post_init", self)


@dataclass
class Child(Base):
    z: int = 5
    x: int = 15


c = Child()
print(c, [f.name for f in fields(c)])
print(Child(1, [2], 3))


@dataclass
class A:
    a: int


@dataclass
class B(A):
    b: str

    def __post_init__(self):
        self.b = self.b.upper()


print(B(1, 'x'), B.__match_args__)


class Plain:
    plain_attr = 'p'


@dataclass
class FromPlain(Plain):
    v: int


print(FromPlain(1), FromPlain.plain_attr)


@dataclass
class Shape:
    name: str

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0

    def area(self):
        return self.w * self.h


@dataclass
class Square(Rect):
    def __post_init__(self):
        self.h = self.w


shapes = [Rect('r', 2, 3), Square('s', 4), Shape('blob')]
for s in shapes:
    print(s, s.describe())
print(Square('q', 2) == Square('q', 2), Square('q', 2) == Rect('q', 2, 2))
try:
    @dataclass
    class Broken(A):
        c: int = 0
        d: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Over(A):
    a: str = 'default'


print(Over(), fields(Over)[0].type)
