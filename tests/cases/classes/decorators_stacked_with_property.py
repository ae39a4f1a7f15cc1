# property, staticmethod and classmethod stacked with user decorators
def logged(func):
    def wrapper(*args):
        print("call", func.__name__)
        return func(*args)
    wrapper.__name__ = func.__name__
    return wrapper

class Circle:
    pi = 3

    def __init__(self, r):
        self._r = r

    @property
    @logged
    def area(self):
        return Circle.pi * self._r * self._r

    @area.setter
    @logged
    def area(self, value):
        self._r = value // Circle.pi

    @staticmethod
    @logged
    def unit():
        return Circle(1)

    @classmethod
    @logged
    def from_diameter(cls, d):
        return cls(d // 2)

    radius = property(lambda self: self._r)

c = Circle(2)
print(c.area)
c.area = 30
print(c.radius, c.area)
print(Circle.unit().radius, c.unit().radius)
print(type(Circle.from_diameter(10)).__name__, Circle.from_diameter(10).radius)
print(type(Circle.__dict__["area"]).__name__, type(Circle.__dict__["unit"]).__name__)
print(isinstance(Circle.area, property), Circle.area.fget.__name__)
try:
    c.radius = 5
except AttributeError as e:
    print("AttributeError:", e)

class Big(Circle):
    pi = 4

print(Big.from_diameter(4).area, type(Big.unit()).__name__)
print(Circle.__dict__["from_diameter"].__func__.__name__)
