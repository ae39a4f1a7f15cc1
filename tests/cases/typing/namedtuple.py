from typing import NamedTuple, Optional


class Employee(NamedTuple):
    name: str
    id: int = 3
    manager: Optional[str] = None

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee('Guido')
print(e, e.name, e[1], e.describe(), Employee._fields, Employee._field_defaults)
print(Employee.__annotations__, e._replace(id=7), e._asdict(), tuple(e))
name, ident, mgr = e
print(name, ident, mgr, isinstance(e, tuple), len(e), e == ('Guido', 3, None))
Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x + p.y, Point.__annotations__, Point._make([3, 4]))
print(sorted([Point(2, 1), Point(1, 5)]))
match p:
    case Point(x, y):
        print("matched", x, y)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Employee()
except TypeError as e:
    print("TypeError:", e)
