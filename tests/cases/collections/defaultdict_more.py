from collections import defaultdict
import copy
d = defaultdict(list)
print(d.__missing__('k'), d)
try:
    defaultdict().__missing__('k')
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(lambda: 0))[:30])
def fac():
    return 1
print(defaultdict(fac).default_factory is fac, defaultdict(int).default_factory is int)
print(copy.copy(defaultdict(int, a=1)), copy.deepcopy(defaultdict(list, a=[1])))
try:
    defaultdict(int) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    defaultdict(int) | 1
except TypeError as e:
    print("TypeError:", e)
print(type(defaultdict(int) | defaultdict(str)).__name__, (defaultdict(int) | defaultdict(str)).default_factory)
print(defaultdict(int, {'a': 1}, b=2), defaultdict.fromkeys('ab'), type(defaultdict.fromkeys('a')).__name__)
try:
    defaultdict(int, 1, 2)
except TypeError as e:
    print("TypeError:", e)
e = defaultdict(int)
print(e.get('x'), e.pop('x', None), len(e), e['x'], len(e))
class Sub(defaultdict):
    def __repr__(self):
        return 'Sub' + super().__repr__()
print(Sub(int, a=1))
k = defaultdict(dict)
k.default_factory = list
print(k['z'], k)
try:
    k.default_factory = 5
    k['y']
except TypeError as e:
    print("TypeError:", e)
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__qualname__, defaultdict[int])
print(isinstance(defaultdict(), dict), issubclass(defaultdict, dict))
