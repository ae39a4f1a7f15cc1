# object.__reduce_ex__ / __reduce__ / __getstate__ and copyreg's reconstructors
import copyreg


def show(label, r):
    if isinstance(r, tuple):
        r = tuple(type(x).__name__ if 'iterator' in type(x).__name__
                  else getattr(x, '__name__', x) if callable(x) and not isinstance(x, type)
                  else x for x in r)
    print(label, '->', r)


def attempt(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class I(int):
    pass


class L(list):
    pass


class D(dict):
    pass


class S:
    __slots__ = ('a', 'b')


class T(tuple):
    pass


class P:
    def __init__(self):
        self.x = 1


values = {
    'list': lambda: [1, 2], 'dict': lambda: {1: 2}, 'int': lambda: 5,
    'str': lambda: 's', 'tuple': lambda: (1,), 'bytes': lambda: b'x',
    'set': lambda: {1}, 'frozenset': lambda: frozenset({1}), 'float': lambda: 1.5,
    'I': lambda: I(3), 'L': lambda: L([1]), 'D': lambda: D(a=1), 'S': S,
    'T': lambda: T((1,)), 'P': P, 'ValueError': lambda: ValueError(1),
    'slice': lambda: slice(1, 2), 'range': lambda: range(3), 'True': lambda: True,
    'None': lambda: None, 'object': object, 'bytearray': lambda: bytearray(b'a'),
}
for proto in (0, 1, 2, 4):
    for name, make in values.items():
        attempt(f'{name}.__reduce_ex__({proto})', lambda: make().__reduce_ex__(proto))
for name in ('list', 'int', 'S', 'P', 'ValueError', 'set', 'object'):
    attempt(f'{name}.__reduce__()', lambda: values[name]().__reduce__())

s = S()
s.a = 1
attempt('S.__getstate__()', s.__getstate__)
attempt('S.__reduce_ex__(2)', lambda: s.__reduce_ex__(2))
attempt('P.__getstate__()', P().__getstate__)
attempt('object().__getstate__()', object().__getstate__)
attempt('__newobj__', lambda: copyreg.__newobj__(I, 5))
attempt('__newobj_ex__', lambda: copyreg.__newobj_ex__(D, (), {'k': 1}))
attempt('_reconstructor', lambda: copyreg._reconstructor(I, int, 7))
attempt('_reconstructor object', lambda: type(copyreg._reconstructor(P, object, None)).__name__)
attempt('_slotnames', lambda: copyreg._slotnames(S))
attempt('__slotnames__', lambda: S.__slotnames__)
print(sorted(copyreg.__all__))
attempt('dispatch complex', lambda: copyreg.dispatch_table[complex](3j))


class NewArgs:
    def __new__(cls, a, b=0):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a,)


class NewArgsEx(NewArgs):
    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}


attempt('getnewargs', lambda: NewArgs(4).__reduce_ex__(2)[:2])
attempt('getnewargs_ex', lambda: NewArgsEx(4, 5).__reduce_ex__(4)[:2])


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __init__(self, r):
        self.r = r

    def __getnewargs_ex__(self):
        return self.r


attempt('bad getnewargs', lambda: BadNewArgs().__reduce_ex__(2))
for r in ([], (1,), ([], {}), ((), [])):
    attempt(f'bad getnewargs_ex {r!r}', lambda: BadNewArgsEx(r).__reduce_ex__(2))


class Custom:
    def __reduce__(self):
        return (Custom, ())


attempt('custom __reduce__ via __reduce_ex__', lambda: Custom().__reduce_ex__(2))


class State:
    def __getstate__(self):
        return {'state': True}


attempt('custom __getstate__', lambda: State().__reduce_ex__(2)[2])

for call in ('a.__reduce_ex__()', "a.__reduce_ex__('x')", 'a.__reduce_ex__(1, 2)',
             'a.__reduce__(1)', 'a.__getstate__(1)', 'a.__reduce_ex__(protocol=2)'):
    a = P()
    attempt(call, lambda: eval(call))

copyreg.pickle(P, lambda p: (P, ()))
print(P in copyreg.dispatch_table)
for bad in ((P, 1), (P, len, 1)):
    try:
        copyreg.pickle(*bad)
    except TypeError as e:
        print('TypeError:', e)
copyreg.add_extension('m', 'n', 200)
copyreg.add_extension('m', 'n', 200)
try:
    copyreg.add_extension('m', 'o', 200)
except ValueError as e:
    print('ValueError:', e)
copyreg.remove_extension('m', 'n', 200)
try:
    copyreg.remove_extension('m', 'n', 200)
except ValueError as e:
    print('ValueError:', e)
