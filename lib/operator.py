"""Standard operators as functions.

Taipan's operator module: CPython 3.12's API, written for Taipan in pure
Python.  Each function ``f`` is also available as ``__f__`` where CPython
provides that alias (``__add__`` is ``add``, ``__not__`` is ``not_``, ...).
"""

import builtins as _builtins

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
           'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = _builtins.abs


def _typename(obj):
    return type(obj).__name__


# -- comparisons ------------------------------------------------------------

def lt(a, b):
    "Same as a < b."
    return a < b

def le(a, b):
    "Same as a <= b."
    return a <= b

def eq(a, b):
    "Same as a == b."
    return a == b

def ne(a, b):
    "Same as a != b."
    return a != b

def ge(a, b):
    "Same as a >= b."
    return a >= b

def gt(a, b):
    "Same as a > b."
    return a > b


# -- logical operations -----------------------------------------------------

def not_(a):
    "Same as not a."
    return not a

def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b):
    "Same as a is b."
    return a is b

def is_not(a, b):
    "Same as a is not b."
    return a is not b


# -- arithmetic and bitwise operations --------------------------------------

def abs(a):
    "Same as abs(a)."
    return _abs(a)

def add(a, b):
    "Same as a + b."
    return a + b

def and_(a, b):
    "Same as a & b."
    return a & b

def floordiv(a, b):
    "Same as a // b."
    return a // b

def index(a):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int.__index__(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _typename(a))
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)"
                        % _typename(result))
    return result

def inv(a):
    "Same as ~a."
    return ~a

invert = inv

def lshift(a, b):
    "Same as a << b."
    return a << b

def mod(a, b):
    "Same as a % b."
    return a % b

def mul(a, b):
    "Same as a * b."
    return a * b

def matmul(a, b):
    "Same as a @ b."
    return a @ b

def neg(a):
    "Same as -a."
    return -a

def or_(a, b):
    "Same as a | b."
    return a | b

def pos(a):
    "Same as +a."
    return +a

def pow(a, b):
    "Same as a ** b."
    return a ** b

def rshift(a, b):
    "Same as a >> b."
    return a >> b

def sub(a, b):
    "Same as a - b."
    return a - b

def truediv(a, b):
    "Same as a / b."
    return a / b

def xor(a, b):
    "Same as a ^ b."
    return a ^ b


# -- sequence operations ----------------------------------------------------

def _is_sequence(obj):
    # What CPython calls PySequence_Check: indexable, but not a mapping.
    if isinstance(obj, dict):
        return False
    return hasattr(type(obj), '__getitem__')

def _iterate(obj):
    try:
        return iter(obj)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % _typename(obj)) from None

def concat(a, b):
    "Same as a + b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % _typename(a))
    return a + b

def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a

def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count

def delitem(a, b):
    "Same as del a[b]."
    del a[b]

def getitem(a, b):
    "Same as a[b]."
    return a[b]

def indexOf(a, b):
    "Return the first index of b in a."
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c

def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.
    If the object supports len(), the result will be exact.  Otherwise, it
    may over- or under-estimate by an arbitrary amount.  The result will be
    an integer >= 0.
    """
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _typename(default))
    try:
        return len(obj)
    except TypeError:
        pass
    method = getattr(type(obj), '__length_hint__', None)
    if method is None:
        return default
    try:
        hint = method(obj)
    except TypeError:
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % _typename(hint))
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


# -- other operations -------------------------------------------------------

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# -- in-place operations ----------------------------------------------------

def iadd(a, b):
    "Same as a += b."
    a += b
    return a

def iand(a, b):
    "Same as a &= b."
    a &= b
    return a

def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % _typename(a))
    a += b
    return a

def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a

def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a

def imod(a, b):
    "Same as a %= b."
    a %= b
    return a

def imul(a, b):
    "Same as a *= b."
    a *= b
    return a

def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a

def ior(a, b):
    "Same as a |= b."
    a |= b
    return a

def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a

def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a

def isub(a, b):
    "Same as a -= b."
    a -= b
    return a

def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a

def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


# -- callable object factories ----------------------------------------------

def _check_one_arg(kind, args, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % kind)
    if len(args) != 1:
        raise TypeError('%s expected 1 argument, got %d' % (kind, len(args)))


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last)."""

    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._attrs = attrs
        self._paths = tuple(paths)

    def _resolve(self, obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __call__(self, *args, **kwargs):
        _check_one_arg('attrgetter', args, kwargs)
        obj = args[0]
        if len(self._paths) == 1:
            return self._resolve(obj, self._paths[0])
        return tuple([self._resolve(obj, path) for path in self._paths])

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join([repr(a) for a in self._attrs]))

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        _check_one_arg('itemgetter', args, kwargs)
        obj = args[0]
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join([repr(i) for i in self._items]))

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1)."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        _check_one_arg('methodcaller', args, kwargs)
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k, v in self._kwargs.items():
            parts.append('%s=%r' % (k, v))
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# -- dunder aliases ---------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
