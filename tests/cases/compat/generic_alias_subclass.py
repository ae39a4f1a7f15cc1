# types.GenericAlias can be subclassed (collections.abc's Callable alias does).
import types


class MyAlias(types.GenericAlias):
    def __new__(cls, origin, args):
        print('new', origin.__name__, args)
        return super().__new__(cls, origin, args)

    def __repr__(self):
        return 'MyAlias<' + super().__repr__() + '>'


a = MyAlias(list, (int, str))
print(repr(a), a.__origin__, a.__args__, isinstance(a, types.GenericAlias))
print(type(a).__name__, a == list[int, str], types.GenericAlias(dict, (str, int)))
print(types.GenericAlias.__new__(types.GenericAlias, tuple, (int,)))
try:
    list[int][str]
except TypeError as e:
    print('TypeError', e)
print(list[int].__mro_entries__((object,)))
print('__origin__' in vars(types.GenericAlias), type(types.GenericAlias.__args__).__name__)
