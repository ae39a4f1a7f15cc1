# type.__flags__ bits Python code tests, and dict views' .mapping
import abc

BITS = {5: 'SEQUENCE', 6: 'MAPPING', 9: 'HEAPTYPE', 10: 'BASETYPE', 20: 'IS_ABSTRACT',
        24: 'LONG_SUBCLASS', 25: 'LIST_SUBCLASS', 26: 'TUPLE_SUBCLASS',
        27: 'BYTES_SUBCLASS', 28: 'UNICODE_SUBCLASS', 29: 'DICT_SUBCLASS',
        30: 'BASE_EXC_SUBCLASS', 31: 'TYPE_SUBCLASS'}


def flags(t):
    return [BITS[i] for i in sorted(BITS) if t.__flags__ >> i & 1]


class A(list): pass
class B(dict): pass
class C: pass
class D(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class E(ValueError): pass
class M(type): pass
class F(D):
    def f(self): pass
class Str(str): pass
class By(bytes): pass
class Tu(tuple): pass
class In(int): pass
class Bo(In): pass


for t in (int, str, list, tuple, dict, bytes, type, BaseException, ValueError, object,
          set, float, bool, range, A, B, C, D, E, M, F, Str, By, Tu, In, Bo, abc.ABCMeta):
    print(t.__name__, flags(t), type(t.__flags__).__name__)

print(D.__flags__ & (1 << 20) != 0, F.__flags__ & (1 << 20) != 0)
D.__abstractmethods__ = frozenset()
print(D.__flags__ & (1 << 20) != 0)
print(type.__dict__['__flags__'].__get__(int) == int.__flags__)
try:
    int.__flags__ = 0
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

d = {1: 2, 'a': [3]}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m[1], len(m), list(m))
    try:
        m[5] = 6
    except TypeError as e:
        print('TypeError:', e)
d[7] = 8
print(d.keys().mapping, d.items().mapping == d)


class MD(dict):
    pass


md = MD(x=1)
print(type(md.keys().mapping).__name__, md.values().mapping)

import collections
od = collections.OrderedDict(a=1, b=2)
for view in (od.keys(), od.values(), od.items()):
    print(type(view).__name__, view.mapping, type(view.mapping).__name__)
print(collections.Counter('aab').keys().mapping, collections.defaultdict(int, x=1).items().mapping)
