# object's comparison slots: NotImplemented (== answers identity, != inverts ==)
import functools


class A:
    pass


a, b = A(), A()
for name in ('__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__'):
    f = getattr(object, name)
    print(name, f(a, b), f(a, a), name in object.__dict__, name in A.__dict__)
    print(' ', getattr(a, name)(b), getattr(a, name)(a), getattr(A, name) is f)

print(type(a).__eq__(a, a), type(a).__eq__(a, b), type(a).__ne__(a, a), type(a).__ne__(a, b))
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__lt__(1, 2))


class B:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        r = super().__lt__(other)
        print('  super().__lt__ ->', r)
        return r

    def __eq__(self, other):
        r = super().__eq__(other)
        print('  super().__eq__ ->', r)
        return r


x = B(1)
print(x == x, x != x)
print(x == B(1))
try:
    x < B(2)
except TypeError as e:
    print('TypeError:', e)


class C:
    def __eq__(self, other):
        return isinstance(other, C)


print(C() != C(), C() != 1, object.__ne__(C(), C()), C.__ne__(C(), 1))

for bad in ((), (1, 2)):
    try:
        object.__lt__(a, *bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        object.__eq__(a, *bad)
    except TypeError as e:
        print('TypeError:', e)


@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


print(T(1) <= T(2), T(3) > T(2), T(2) >= T(2))
try:
    functools.total_ordering(A)
except ValueError as e:
    print('ValueError:', e)

names = ['__class__', '__delattr__', '__dir__', '__eq__', '__format__', '__ge__',
         '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',
         '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
         '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__',
         '__subclasshook__']
print([n for n in names if not hasattr(object, n)])
print(object.__sizeof__(a) > 0, format(a, '') == repr(a), A.__subclasshook__(int),
      A.__init_subclass__())
print(sorted(n for n in a.__dir__() if n in names[1:]) == sorted(names[1:]))
