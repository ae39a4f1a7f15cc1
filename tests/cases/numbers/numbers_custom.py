import math
from numbers import Number, Complex, Real, Rational, Integral


class MyInt(Integral):
    def __init__(self, v):
        self.v = int(v)

    def __repr__(self):
        return f'MyInt({self.v})'

    def _wrap(op):
        def f(self, *others):
            args = [o.v if isinstance(o, MyInt) else o for o in others]
            r = op(self.v, *args)
            return MyInt(r) if isinstance(r, int) and not isinstance(r, bool) else r
        return f

    def _rwrap(op):
        def f(self, other):
            return MyInt(op(other, self.v))
        return f

    import operator as _o
    __int__ = lambda self: self.v
    __add__, __radd__ = _wrap(_o.add), _rwrap(_o.add)
    __mul__, __rmul__ = _wrap(_o.mul), _rwrap(_o.mul)
    __truediv__, __rtruediv__ = _wrap(_o.truediv), _rwrap(_o.truediv)
    __floordiv__, __rfloordiv__ = _wrap(_o.floordiv), _rwrap(_o.floordiv)
    __mod__, __rmod__ = _wrap(_o.mod), _rwrap(_o.mod)
    __pow__, __rpow__ = _wrap(pow), _rwrap(pow)
    __lshift__, __rlshift__ = _wrap(_o.lshift), _rwrap(_o.lshift)
    __rshift__, __rrshift__ = _wrap(_o.rshift), _rwrap(_o.rshift)
    __and__, __rand__ = _wrap(_o.and_), _rwrap(_o.and_)
    __or__, __ror__ = _wrap(_o.or_), _rwrap(_o.or_)
    __xor__, __rxor__ = _wrap(_o.xor), _rwrap(_o.xor)
    __neg__, __pos__, __abs__, __invert__ = _wrap(_o.neg), _wrap(_o.pos), _wrap(abs), _wrap(_o.invert)
    __trunc__ = __floor__ = __ceil__ = _wrap(_o.pos)
    __round__ = _wrap(round)
    __lt__, __le__, __eq__ = _wrap(_o.lt), _wrap(_o.le), _wrap(_o.eq)
    __hash__ = lambda self: hash(self.v)
    del _o, _wrap, _rwrap


a, b = MyInt(7), MyInt(2)
print(a - b, 10 - a, divmod(a, b), divmod(20, a), float(a), complex(a), a.real, a.imag)
print(a.conjugate(), a.numerator, a.denominator, bool(a), bool(MyInt(0)), [0, 1, 2][MyInt(1)])
print(math.floor(a), math.trunc(a), round(a), a.__index__(), list(range(MyInt(3))))


class Half(Rational):
    def __init__(self, n):
        self.n = n
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: 2)
    for _name in ['__abs__', '__add__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__le__', '__lt__', '__mod__', '__mul__', '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rtruediv__', '__truediv__', '__trunc__']:
        locals()[_name] = lambda self, *a: NotImplemented
    del _name


h = Half(3)
print(float(h), h.numerator, h.denominator, isinstance(h, Real), isinstance(h, Integral))


class Partial(Real):
    def __float__(self):
        return 1.0


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class Reg:
    pass


Complex.register(Reg)
print(isinstance(Reg(), Number), isinstance(Reg(), Real), issubclass(Reg, Complex))
