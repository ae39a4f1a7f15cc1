from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(x=4, y=5))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(p.x, p.y, Point.y)
p.x = 10
print(p)
print(asdict(p), astuple(p))
print(replace(p, y=7), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(int))
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__doc__)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    tags: list = field(default_factory=list)

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = Inventory('widget', 3.0, 10)
item.tags.append('new')
print(item, item.total_cost(), Inventory('x', 1.0).tags)
print(Inventory.__doc__)
