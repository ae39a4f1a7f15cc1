# a metaclass property is a data descriptor: it wins over the class's own attribute
class Meta(type):
    @property
    def label(cls):
        return 'meta:' + cls.__name__

    @property
    def settable(cls):
        return getattr(cls, '_s', None)

    @settable.setter
    def settable(cls, v):
        cls._s = v

    def method(cls):
        return 'meta method'


class C(metaclass=Meta):
    label = 'class attribute'
    method = 'class method attr'


print(C.label, C().label, C.method, C().method)
C.settable = 5
print(C.settable, C._s, C.__dict__.get('settable'))
print(type(C.__flags__).__name__, C.__flags__ & (1 << 9) != 0)


class Sub(C):
    pass


print(Sub.label, Sub.settable)
try:
    C.label = 'x'
except AttributeError as e:
    print('AttributeError:', e)
