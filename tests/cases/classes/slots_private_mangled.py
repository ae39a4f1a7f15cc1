# private names in __slots__ are mangled with the class name
class _Priv:
    __slots__ = ('__x', 'y', '__z__')

    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3

    def get(self):
        return self.__x


p = _Priv()
print(p.get(), p._Priv__x, p.y, p.__z__)
print(sorted(k for k in _Priv.__dict__ if not k.startswith('__') or k == '__z__'))
print(_Priv.__slots__)
try:
    p.__x = 5
except AttributeError as e:
    print('AttributeError:', e)


class Sub(_Priv):
    __slots__ = ('__x',)

    def __init__(self):
        super().__init__()
        self.__x = 'sub'

    def both(self):
        return self.__x, self.get()


print(Sub().both())
try:
    class Clash:
        __slots__ = ('__v',)
        _Clash__v = 1
except ValueError as e:
    print('ValueError:', e)
