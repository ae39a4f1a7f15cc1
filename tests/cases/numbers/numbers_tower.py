import numbers
from numbers import Number, Complex, Real, Rational, Integral

tower = [Number, Complex, Real, Rational, Integral]
for v in [1, True, 1.5, 2j, 'x', None, [1]]:
    print(repr(v).ljust(5), [c.__name__ for c in tower if isinstance(v, c)])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [c.__name__ for c in tower if issubclass(t, c)])
print(numbers.__all__, Number.__hash__, Integral.__mro__)
for c in tower:
    print(c.__name__, sorted(c.__abstractmethods__))
    print('  ', c.__slots__, type(c).__name__, c.__module__)
try:
    Integral()
except TypeError as e:
    print("TypeError:", e)
try:
    Number.x = 1
    print(Number().x)
except TypeError as e:
    print("TypeError:", e)
