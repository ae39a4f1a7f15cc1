# A metaclass whose __call__ is not a function (typing's TypedDict has
# `__call__ = dict`): it is called as the attribute, not bound to the class.
class Meta(type):
    __call__ = dict


class D(metaclass=Meta):
    pass


print(D(a=1, b=2), type(D(x=0)).__name__)


class Meta2(type):
    __call__ = staticmethod(lambda *a, **k: ('static', a, k))


class E(metaclass=Meta2):
    pass


print(E(1, k=2))


class A:
    __slots__ = ('__doc__', 'y')


a = A()
a.__doc__ = 'doc via slot'
print(a.__doc__, type(A.__doc__).__name__)
