import enum, copy, graphlib
print(enum.__file__.endswith('python3.12/enum.py'), copy.__file__.endswith('python3.12/copy.py'))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), len(Color))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in (Perm.R | Perm.W), int(Perm.W))
class Shape(enum.StrEnum):
    CIRCLE = enum.auto()
    SQUARE = 'sq'
print(Shape.CIRCLE, Shape.SQUARE.upper(), f"{Shape.SQUARE}", Shape('sq') is Shape.SQUARE)
@enum.unique
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num.TWO > Num.ONE, Num(2).name, sorted(Num.__members__))
try:
    Color(9)
except ValueError as e:
    print('ValueError', e)
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f'P({self.x!r}, {self.items!r})'
p = P(1, [1, [2, 3]])
q = copy.copy(p); r = copy.deepcopy(p)
p.items[1].append(4)
print(q, r, q.items is p.items, r.items is p.items)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
print(copy.deepcopy({'k': (1, [2])}), copy.copy([1, 2]), copy.deepcopy(Color.RED))
ts = graphlib.TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}})
order = list(ts.static_order()); print(order[0], order[-1], sorted(order[1:3]))
try:
    graphlib.TopologicalSorter({'a': {'b'}, 'b': {'a'}}).prepare()
except graphlib.CycleError as e:
    print('cycle', sorted(e.args[1]))
