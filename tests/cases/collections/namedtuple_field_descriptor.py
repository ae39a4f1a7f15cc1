# namedtuple fields are collections._tuplegetter data descriptors with a writable __doc__.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(P.x, type(P.x), P.x.__doc__, p.x, p.y)
P.x.__doc__ = 'the x'
print(P.x.__doc__, P.x)
try:
    p.x = 3
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x, P.x.__reduce__())
class Q(P):
    __slots__ = ()
    @property
    def s(self): return self.x + self.y
print(Q(3, 4).s, Q(3, 4).x)
print(type(P.x).__name__, type(P.x).__module__)
