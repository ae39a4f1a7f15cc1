# classmethod/staticmethod binding from class, instance and subclass; alternative constructors
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.dims} dims"
    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    dims = 3

print(Point.origin(), Point3.origin())
print(Point.describe(), Point3.describe(), Point3(1, 2).describe())
print(Point.dist(Point(1, 2), Point(4, 6)), Point(0, 0).dist(Point(1, 1), Point(2, 2)))
print(type(Point.__dict__["origin"]).__name__, type(Point.__dict__["dist"]).__name__)
print(Point.__dict__["dist"].__func__ is Point.dist)
print(Point.origin.__self__ is Point, Point3.origin.__self__ is Point3)
cm = classmethod(lambda cls: cls.__name__)
class Q:
    name = cm
print(Q.name(), Q().name())
