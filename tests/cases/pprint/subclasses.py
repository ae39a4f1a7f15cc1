import pprint
import types


class L(list):
    pass


class R(list):
    def __repr__(self):
        return "R!"


class D(dict):
    pass


class T(tuple):
    pass


print(pprint.pformat(L(range(30)), width=20))
print(pprint.pformat(R(range(30)), width=20))
print(pprint.pformat(D(a=list(range(20))), width=20))
print(pprint.pformat(T(range(20)), width=20))
print(pprint.pformat([L([1]), D(), T()]))
ns = types.SimpleNamespace(alpha=list(range(15)), beta="text " * 8, gamma=types.SimpleNamespace(x=1))
print(pprint.pformat(ns, width=40))


class NS(types.SimpleNamespace):
    pass


print(pprint.pformat(NS(value=list(range(20))), width=30))
mp = types.MappingProxyType({"key": list(range(25))})
print(pprint.pformat(mp, width=40))
print(pprint.pformat(types.MappingProxyType({})))
