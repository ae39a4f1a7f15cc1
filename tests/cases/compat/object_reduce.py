# object.__reduce_ex__ / __reduce__, and the builtin types' own __new__.
import copy


class P:
    def __init__(self, x):
        self.x = x


class S:
    __slots__ = ('a', 'b')


class WithReduce:
    def __reduce__(self):
        return (WithReduce, ())


p = P(3)
r = p.__reduce_ex__(4)
print(r[0].__name__, r[1][0] is P, r[2], r[3], r[4])
s = S()
s.a = 1
print(s.__reduce_ex__(2)[2])
print(WithReduce().__reduce_ex__(4)[0] is WithReduce)
print(copy.copy(p).x, copy.deepcopy([p])[0].x, hasattr(object, '__reduce_ex__'))


class L(list):
    pass


lr = L([1, 2]).__reduce_ex__(4)
print(lr[1][0] is L, list(lr[3]))
print('__new__' in int.__dict__, '__new__' in str.__dict__, '__new__' in dict.__dict__)
print(int.__new__(int, '12'), str.__new__(str, 5), tuple.__new__(tuple, 'ab'))


class MyInt(int):
    pass


m = int.__new__(MyInt, 7)
print(type(m).__name__, m + 1, float.__new__(float, '2.5'))
