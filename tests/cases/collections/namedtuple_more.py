from collections import namedtuple
import copy
P = namedtuple('P', 'a b c', defaults=(None,))
print(P(1, 2), P._field_defaults, P(1, 2, c=3))
p = P(1, [2], 3)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p)[1] is p[1], p._asdict(), type(p._asdict()).__name__)
print(p + (4,), p * 2, p[1:], type(p[1:]).__name__, p.count(3), p.index(3), sorted(P(3, 1, 2)))
print(P.__module__, P.__new__.__qualname__ if False else 'skip', P._make.__doc__ is not None)
print(P.a.__doc__, P.c.__doc__, P.__doc__, P.__init__ is tuple.__init__)
Q = namedtuple('Q', ['x', 'y'], defaults=iter([5]))
print(Q(1), Q._field_defaults)
R = namedtuple('R', 'for in x', rename=True)
print(R._fields, R(1, 2, 3))
S = namedtuple('S', 'x y', rename=True, defaults=[1, 2])
print(S(), S._field_defaults)
print(namedtuple('T', 'x')(x=1) == (1,), namedtuple('T', ('a', 'b'))(1, 2))
T = namedtuple('T', 'x y')
print(T(1, 2) == T(1, 2), T(1, 2) < T(1, 3), hash(T(1, 2)) == hash((1, 2)), {T(1, 2): 'v'}[(1, 2)])
try:
    T._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    T(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    T()
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple('X', 'a', defaults=5)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple('X', '_a')
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple('X', 'a', rename=True, module='m', verbose=True)
except TypeError as e:
    print("TypeError:", e)
class Sub(T):
    def __repr__(self):
        return 'Sub' + super().__repr__()
print(Sub(1, 2), Sub(1, 2)._replace(x=0), Sub._make([3, 4]))
print(repr(namedtuple('Rec', 'a')((1, 2))), namedtuple('Rec', 'a')('s'))
x = T(1, T(2, 3))
print(x, x.y.x)
r = [1]
t = T(r, 0)
r.append(t)
print(t)
