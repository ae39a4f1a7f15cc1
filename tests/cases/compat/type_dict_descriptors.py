# type's own attributes are descriptors in type.__dict__ (inspect uses
# type.__dict__['__mro__'].__get__), and a class's __dict__ is a mappingproxy.
import types


class A:
    x = 1


class B(A):
    pass


mro_get = type.__dict__['__mro__'].__get__
dict_get = type.__dict__['__dict__'].__get__
print(mro_get(B), 'x' in dict_get(A), 'x' in dict_get(B))
print(type.__mro__, type.__name__, type.__qualname__, type.__bases__, type.__base__)
print(repr(type.__dict__['__name__']), type.__dict__['__bases__'].__get__(B))
print(type(A.__dict__).__name__, A.__dict__['x'], 'x' in vars(A), sorted(k for k in B.__dict__ if not k.startswith('__')))
print(repr(types.MappingProxyType({'k': 1})))
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp['a'], len(mp), sorted(mp), mp.get('z', 0), 'b' in mp, dict(mp))
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print('TypeError', e)


class M(type):
    pass


class C(metaclass=M):
    pass


print(C.__mro__, M.__mro__, C.__name__, M.__name__)
