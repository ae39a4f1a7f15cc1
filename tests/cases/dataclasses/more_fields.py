from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, asdict


class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 1
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


@dataclass
class Product:
    qty: Positive = Positive()


print(Product(), Product(5).qty)
try:
    Product(-1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Base:
    a: int
    _: KW_ONLY
    flag: bool = False


@dataclass
class Child(Base):
    b: int = 2


print(Child(1), Child(1, 3, flag=True), Child.__match_args__)


@dataclass
class Init:
    x: int
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.x *= factor


@dataclass
class InitChild(Init):
    y: int = 0

    def __post_init__(self, factor):
        super().__post_init__(factor)
        self.y = self.x + 1


print(InitChild(3), InitChild(3, 10, 5), asdict(InitChild(1)))
print(repr(fields(Init)[0])[:60])
f = field(default=3, metadata={'a': 1})
print(f.default, dict(f.metadata), f.name)


@dataclass
class Counter:
    counts: dict = field(default_factory=dict)
    total: int = field(default=0, init=False)

    def add(self, k):
        self.counts[k] = self.counts.get(k, 0) + 1
        self.total += 1


c1, c2 = Counter(), Counter()
c1.add('x')
c1.add('x')
print(c1, c2, c1.counts is not c2.counts)


@dataclass
class Tree:
    label: str
    kids: list['Tree'] = field(default_factory=list)

    def size(self) -> int:
        return 1 + sum(k.size() for k in self.kids)


t = Tree('root', [Tree('a'), Tree('b', [Tree('c')])])
print(t.size(), t, Tree.__annotations__)
