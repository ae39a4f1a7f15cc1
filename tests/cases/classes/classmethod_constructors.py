# classmethod alternative constructors that respect subclasses; staticmethods
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls.from_string("1970-01-01")
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    def __init__(self, y, m, d):
        super().__init__(y, m, d)
        self.tagged = True
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.epoch(), MyDate.epoch(), MyDate.epoch().tagged)
d = Date(2000, 1, 1)
print(d.from_string("2001-02-03"), d.is_leap(2000), Date.is_leap(1900), MyDate.is_leap(2024))
print([y for y in range(1896, 1910) if Date.is_leap(y)])
f = Date.from_string
print(f("1-2-3"), f.__self__ is Date, MyDate.from_string.__self__ is MyDate)
s = Date.is_leap
print(s(4), type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls
class SubReg(Registry):
    pass
Registry.register(1)
SubReg.register(2).register(3)
print(Registry.items, SubReg.items)
class Shape:
    @staticmethod
    def make(kind):
        return {"sq": Square, "ci": Circle}[kind]()
class Square(Shape):
    pass
class Circle(Shape):
    pass
print(type(Shape.make("sq")).__name__, type(Square.make("ci")).__name__)
