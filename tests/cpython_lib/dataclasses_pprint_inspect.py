import dataclasses, pprint, inspect
from dataclasses import dataclass, field
print(dataclasses.__file__.endswith('python3.12/dataclasses.py'), pprint.__file__.endswith('python3.12/pprint.py'))


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p == Point(3, 4, ['t']), p < Point(4), p.norm2(), dataclasses.astuple(p), dataclasses.asdict(p))
print([f.name for f in dataclasses.fields(Point)], dataclasses.replace(p, y=9), dataclasses.is_dataclass(p))


@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: str = 'b'


fz = Frozen(1)
try:
    fz.a = 2
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(fz, hash(fz) == hash(Frozen(1)), Frozen.__slots__)
Dyn = dataclasses.make_dataclass('Dyn', [('n', int), ('m', float, field(default=1.5))])
print(Dyn(2), Dyn.__name__)
data = {'name': 'taipan', 'versions': list(range(12)), 'nested': {'a': [1, 2, {'b': 'c' * 30}], 'z': None}}
pprint.pprint(data, width=40)
print(pprint.pformat([p, fz], width=30))
print(pprint.saferepr({'r': [1, 2]}), pprint.isreadable([1, 'a']))


def sample(a, b: int = 2, *args, c, d='x', **kw) -> str:
    """Doc line."""
    return a


sig = inspect.signature(sample)
print(sig, list(sig.parameters), sig.parameters['b'].annotation, sig.return_annotation)
print(sig.bind(1, c=3).arguments, inspect.getdoc(sample), inspect.isfunction(sample), inspect.isclass(Point))
print(inspect.signature(Point), [n for n, _ in inspect.getmembers(Point, inspect.isfunction)][:3])
print(inspect.getmro(bool), inspect.ismethod(p.norm2), inspect.unwrap(sample) is sample)
