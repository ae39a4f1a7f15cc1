from enum import Enum, IntEnum, nonmember, member, auto
import copy


class Config(Enum):
    _ignore_ = ['tmp', 'i']
    A = 1
    tmp = 99
    for i in range(2, 4):
        vars()['N%d' % i] = i


print(list(Config), hasattr(Config, 'tmp'))


class Ordered(Enum):
    _order_ = 'RED GREEN BLUE'
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = 'RED BLUE GREEN'
        RED = 1
        GREEN = 2
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)


class WithNon(Enum):
    A = 1
    B = nonmember(2)

    @member
    def C(self):
        return 'method member'


print(list(WithNon.__members__), WithNon.B, WithNon.C.value(None), type(WithNon.C).__name__)


class Registry(Enum):
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        print("subclass", cls.__name__, list(cls))


class Fruit(Registry):
    APPLE = 1
    PEAR = 2


class Holder(Enum):
    A = 1
    X_LIST = [1, 2]
    _private = 5
    __dunder__ = 6


print(list(Holder), Holder._private if isinstance(Holder._private, int) else Holder._private)
print(copy.copy(Fruit.APPLE) is Fruit.APPLE, copy.deepcopy(Fruit.PEAR) is Fruit.PEAR)
print(Fruit.APPLE.__reduce_ex__(2))


class Outer:
    class Inner(Enum):
        X = 1


print(Outer.Inner.X, repr(Outer.Inner.X), Outer.Inner.__qualname__)
print(Fruit.APPLE.__objclass__, Fruit._member_map_['PEAR'], Fruit._value2member_map_)
print(Fruit.__members__['APPLE'], type(Fruit.__members__).__name__)
try:
    Fruit.__members__['X'] = 1
except TypeError as e:
    print("TypeError:", e)
