# ABCMeta itself, ABC, get_cache_token and the registry/cache reset helpers.
import abc
from abc import ABC, ABCMeta


print(type(ABC) is ABCMeta, ABC.__slots__, ABC.__mro__)
print(ABCMeta.__mro__, ABCMeta.__module__, ABC.__module__)


class M(metaclass=ABCMeta):
    pass


class N(ABC):
    pass


print(type(M).__name__, type(N).__name__, M.__abstractmethods__, '_abc_impl' in M.__dict__)
print(isinstance(M, ABCMeta), issubclass(ABCMeta, type))

token = abc.get_cache_token()
print(abc.get_cache_token() == token)
N.register(float)
t2 = abc.get_cache_token()
print(t2 == token, t2 > token)
N.register(float)  # already a subclass: no new token
print(abc.get_cache_token() == t2)

print(isinstance(1.5, N))
N._abc_registry_clear()
print(isinstance(1.5, N), "(cached)")
N._abc_caches_clear()
print(isinstance(1.5, N))


class WithKw(ABC):
    def __init_subclass__(cls, /, flavor=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.flavor = flavor


class Vanilla(WithKw, flavor='vanilla'):
    pass


print(Vanilla.flavor, type(Vanilla).__name__)


class Meta2(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = name.lower()
        return super().__new__(mcls, name, bases, ns, **kw)


class Q(metaclass=Meta2):
    @abc.abstractmethod
    def m(self):
        ...


print(Q.added, sorted(Q.__abstractmethods__), type(Q).__name__)
try:
    Q()
except TypeError as e:
    print(e)
