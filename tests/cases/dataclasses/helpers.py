from dataclasses import dataclass, field, asdict, astuple, make_dataclass, replace, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    a: Point
    b: Point
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


ln = Line(Point(0, 0), Point(1, 1), [Point(2, 2)], {'k': Point(3, 3), 'n': (1, [2])})
print(asdict(ln))
print(astuple(ln))
print(asdict(ln, dict_factory=lambda kv: sorted(kv)))
d = asdict(ln)
d['tags'].append('x')
print(ln.tags, d['tags'])

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))], namespace={'total': lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2).total(), C.__name__, C.__module__, [f.type for f in fields(C)])
F = make_dataclass('F', [('x', int)], frozen=True, order=True)
print(sorted([F(3), F(1)]), hash(F(1)) == hash((1,)))
B = make_dataclass('B', [('z', int, field(default=0))], bases=(Point,))
print(B(1, 2), B(1, 2, 3))
for bad in (['x', 'x'], ['class'], ['1a'], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class WithInitVar:
    a: int
    b: int = 0


print(replace(WithInitVar(1, 2), a=5))
print(is_dataclass(C), is_dataclass(C(1, 2)))
