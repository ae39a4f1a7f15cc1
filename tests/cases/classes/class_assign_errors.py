# CPython's TypeErrors for __class__ assignment.
def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)

class A: pass
class B: pass
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class S4(S1): pass
class S5(S1):
    __slots__ = ()
class W1:
    __slots__ = ("__weakref__",)
class W2:
    __slots__ = ()
class D1:
    __slots__ = ("__dict__",)
class L1(list): pass
class T1(tuple): pass
class E1(ValueError): pass
class E2(KeyError): pass
class E3(Exception): pass

attempt(A(), S1)
attempt(S1(), S3)
attempt(S4(), A)
attempt(S5(), S2)
attempt(S1(), S5)
attempt(W1(), W2)
attempt(A(), D1)
attempt(A(), W2)
attempt(L1(), A)
attempt(A(), L1)
attempt(T1(), A)
attempt(E1(), E2)
attempt(E1(), E3)
# Not a class.
attempt(A(), 5)
attempt(A(), "B")
attempt(A(), None)
# Builtin (immutable) types on either side.
attempt(A(), int)
attempt(A(), object)
attempt(A(), list)
attempt(L1(), list)
attempt(5, A)
attempt([], L1)
attempt(object(), A)
attempt(3.5, 7)
# The class is unchanged after a failed assignment.
a = A()
attempt(a, S1)
print(type(a).__name__)
# Deleting is refused.
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
