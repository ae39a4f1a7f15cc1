from dataclasses import dataclass, FrozenInstanceError, replace, field


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash((1.5, 2.5)))
try:
    c.lat = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.other = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
seen = {c: 'home', Coord(0.0, 0.0): 'origin'}
print(seen[Coord(1.5, 2.5)], len({Coord(1, 2), Coord(1, 2), Coord(2, 1)}))
print(replace(c, lat=9.0), c)
print(Coord.__setattr__.__qualname__)


@dataclass(frozen=True)
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)


print(WithPost(4))


@dataclass(frozen=True)
class Base:
    x: int


@dataclass(frozen=True)
class Derived(Base):
    y: int


print(Derived(1, 2), hash(Derived(1, 2)) == hash((1, 2)))
try:
    @dataclass
    class NotFrozen(Base):
        z: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class FrozenOfPlain(NotFrozenBase := dataclass(type('P', (), {'__annotations__': {'q': int}}))):
        r: int
except TypeError as e:
    print("TypeError:", e)


class Sub(Coord):
    pass


s = Sub(1, 2)
s.extra = 5
print(s.extra, s)
