from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING, Field
from typing import ClassVar


@dataclass
class C:
    x: int
    y: int = field(repr=False, default=2)
    z: list = field(default_factory=lambda: [1])
    secret: str = field(default='s', compare=False)
    meta: int = field(default=0, metadata={'unit': 'cm'})
    count: ClassVar[int] = 0


c = C(1)
print(c, c.y, c.z, C.count, [f.name for f in fields(C)])
print(fields(C)[4].metadata, fields(C)[4].metadata['unit'], fields(C)[0].metadata)
print(C(1) == C(1, secret='other'), C(1) == C(2))
f = fields(C)[1]
print(f.name, f.type, f.default, f.default_factory is MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only)
print(type(f).__name__, isinstance(f, Field))
print(repr(MISSING)[:30].startswith('<dataclasses._MISSING_TYPE'))


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithInit(3, 10)
print(w, w.b, [f.name for f in fields(WithInit)], hasattr(w, 'scale'))
print(WithInit.__init__.__annotations__)
print(repr(InitVar[int]), repr(InitVar[list[int]]))


@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


k = Kw(1, c=3)
print(k, Kw.__match_args__)
try:
    Kw(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__match_args__)


@dataclass
class Mixed:
    a: int = field(kw_only=True)
    b: int


print(Mixed(2, a=1))


@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 1


print(Bare().a, Bare() == Bare(), 'Bare object' in repr(Bare()))


@dataclass(repr=False)
class CustomRepr:
    a: int

    def __repr__(self):
        return 'custom'


print(CustomRepr(1))


@dataclass
class KeepEq:
    a: int

    def __eq__(self, other):
        return True


print(KeepEq(1) == KeepEq(2), KeepEq.__hash__)


@dataclass
class SelfField:
    self: int
    other: int = 0


print(SelfField(1, 2), SelfField(self=5))


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashable(1)) == hash((1,)))


@dataclass(eq=False)
class Identity:
    a: int


i = Identity(1)
print(i == Identity(1), i == i, hash(i) == hash(i))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__, Empty.__doc__)
