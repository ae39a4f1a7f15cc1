# The attributes builtin objects compute are also descriptors on their types
# (getset_descriptor / member_descriptor), as CPython's types.py relies on.
import sys


def f(a, b=2):
    return a + b


FT = type(f)
print(repr(FT.__code__), repr(FT.__globals__), repr(int.real), repr(float.imag))
print(type(FT.__code__).__name__, type(FT.__globals__).__name__, type(complex.real).__name__)
print(FT.__code__.__get__(f).co_name, FT.__defaults__.__get__(f), int.real.__get__(7))
print(FT.__globals__.__get__(f) is globals(), int.numerator.__get__(True))
d = FT.__code__
print(d.__name__, d.__qualname__, d.__objclass__ is FT, d.__get__(None, FT) is d)
print(int.__dict__['real'] is int.real, 'real' in vars(int), '__code__' in vars(FT))
print(FT.__name__, FT.__qualname__, FT.__dict__['__name__'].__name__)
print(slice.start.__get__(slice(1, 2, 3)), range.step.__get__(range(0, 10, 5)))
print(BaseException.args.__get__(ValueError('x', 1)), StopIteration.value.__get__(StopIteration(5)))
print(property.fget.__get__(property(len)) is len, type(sys._getframe()).f_lineno.__get__(sys._getframe()))
try:
    int.real.__get__('s')
except TypeError as e:
    print('TypeError', e)
try:
    int.real.__get__(None)
except TypeError as e:
    print('TypeError', e)
try:
    (5).real = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    slice(1).start = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    int.real.__set__(5, 1)
except AttributeError as e:
    print('AttributeError', e)
# Writable ones go through the object's own setter.
FT.__dict__['__name__'].__set__(f, 'g')
FT.__dict__['__defaults__'].__set__(f, (10,))
print(f.__name__, f(1))


class C:
    __slots__ = ('x',)


# The member descriptors of builtin types are the same type as __slots__' ones.
print(type(C.x) is type(FT.__globals__), isinstance(int.real, type(FT.__code__)))
print(sorted(k for k, v in vars(complex).items() if type(v) is type(C.x)))
