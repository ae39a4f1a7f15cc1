from collections import namedtuple

Point = namedtuple('Point', 'x y')
for args in [('Point', 'x def'), ('Point', 'x 1y'), ('Point', 'x _y'), ('Point', 'x x'),
             ('1Point', 'x'), ('class', 'x'), ('Point', ['x', 3]), ('Po int', 'x')]:
    try:
        namedtuple(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple('P', 'a b', defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2)._replace(z=5)
except ValueError as e:
    print("ValueError:", e)
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
class P2(Point):
    __slots__ = ()
    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'P2(%g, %g)' % self
print(P2(3, 4).hyp, P2(3, 4), repr(P2(3, 4)), P2._make([1, 1]))
class P3(namedtuple('P3', 'a b')):
    pass
print(P3(1, 2), P3(1, 2)._replace(a=0), type(P3(1, 2)._replace(a=0)).__name__)
print(P3(1, 2).__dict__)
