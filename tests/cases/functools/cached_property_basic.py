from functools import cached_property

class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        """The sum."""
        print("computing")
        return sum(range(self.n))

d = Data(5)
print(d.total, d.total, d.__dict__)
d.total = 99
print(d.total)
del d.total
print(d.total)
print(Data.total.__doc__, Data.total.attrname, type(Data.__dict__['total']).__name__)
print(Data.total is Data.__dict__['total'])

cp = cached_property(lambda self: 1)
class Late:
    pass
Late.x = cp
try:
    Late().x
except TypeError as e:
    print("TypeError:", e)

class Slotted:
    __slots__ = ('a',)
    @cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print("TypeError:", e)

shared = cached_property(lambda self: 2)
try:
    class Two:
        a = shared
        b = shared
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Data):
    pass
s = Sub(3)
print(s.total, s.total)
