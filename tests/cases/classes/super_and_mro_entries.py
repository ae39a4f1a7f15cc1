# super(): zero-argument, one-argument (unbound) and two-argument forms, their
# errors and repr; PEP 560 __mro_entries__ in class bases and __orig_bases__.


def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class A:
    def f(self):
        return "A.f"

    @classmethod
    def c(cls):
        return "A.c " + cls.__name__


class B(A):
    def f(self):
        return "B.f " + super().f()

    def noargs():
        return super()

    def delarg(self):
        del self
        return super()

    def rep(self):
        return repr(super())

    @classmethod
    def crep(cls):
        return repr(super()) + " " + super().c()

    def inner(self):
        def g():
            return super()

        return g()


def outside(x):
    return super()


def outside0():
    return super()


print("-- zero-argument form")
t("method", lambda: B().f())
t("no args", B.noargs)
t("arg deleted", lambda: B().delarg())
t("outside class", lambda: outside(1))
t("outside, no args", outside0)
t("nested function", lambda: B().inner())
t("repr", lambda: B().rep())
t("classmethod", lambda: B.crep())

print("-- two-argument form")
t("not a type", lambda: super(1, 2))
t("str first", lambda: super("x", 2))
t("not an instance", lambda: super(A, 2))
t("wrong direction", lambda: super(B, A()))
t("subtype", lambda: super(A, B).c())
t("type obj", lambda: super(B, B).c())
t("plain function via type", lambda: super(B, B).f(B()))
t("too many", lambda: super(A, B(), 3))
t("keywords", lambda: super(x=1))
t("repr bound", lambda: repr(super(B, B())))
t("repr subtype", lambda: repr(super(A, B)))
t("builtin repr", lambda: repr(super(int, 1)))
t("missing attr", lambda: super(B, B()).nope)
t("__thisclass__", lambda: super(B, B()).__thisclass__)
t("__self_class__", lambda: super(A, B()).__self_class__)
t("__self__ type", lambda: type(super(B, B()).__self__).__name__)
t("__class__", lambda: super(B, B()).__class__)
t("None obj is unbound", lambda: repr(super(B, None)))

print("-- one-argument form")
t("repr", lambda: repr(super(A)))
t("type", lambda: type(super(A)))
t("no MRO lookup", lambda: super(B).f)
t("__self__", lambda: super(B).__self__)
t("__self_class__", lambda: super(B).__self_class__)
t("__thisclass__", lambda: super(B).__thisclass__)
t("__get__ binds", lambda: super(B).__get__(B()).f())
t("__get__ repr", lambda: repr(super(B).__get__(B())))
t("__get__ None", lambda: repr(super(B).__get__(None, B)))
t("__get__ bound stays", lambda: repr(super(A, B()).__get__(A())))


class E(A):
    def f(self):
        return "E.f " + self._sup.f()


E._sup = super(E)
t("as class attribute", lambda: E().f())
t("class access", lambda: repr(E._sup))

print("-- __mro_entries__")


class Fake:
    def __init__(self, base):
        self.base = base

    def __mro_entries__(self, bases):
        print("  __mro_entries__ got", [getattr(b, "__name__", type(b).__name__) for b in bases])
        return (self.base,)


class C1(Fake(A)):
    pass


print(C1.__mro__ == (C1, A, object), type(C1.__orig_bases__[0]).__name__, C1().f())
print("__orig_bases__" in C1.__dict__, C1.__bases__)


class C2(A):
    pass


print("__orig_bases__" in C2.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class C3(Empty()):
    pass


print(C3.__bases__, C3.__mro__, len(C3.__orig_bases__))


class Z:
    pass


class Two:
    def __mro_entries__(self, bases):
        return (Z,)


class C6(Fake(A), Two()):
    pass


print(C6.__mro__, len(C6.__orig_bases__))


class C6b(Two(), A):
    pass


print(C6b.__mro__, C6b.__orig_bases__[1])


class Bad:
    def __mro_entries__(self, bases):
        return [A]


def mk_bad():
    class C4(Bad()):
        pass


t("list result", mk_bad)


class Multi:
    def __mro_entries__(self, bases):
        return (A, B)


def mk_multi():
    class C5(Multi()):
        pass

    return C5.__mro__


t("inconsistent MRO", mk_multi)


def mk_object():
    class C8(object()):
        pass


t("object() base", mk_object)
t("type() with entries", lambda: type("X", (Fake(A),), {}))
t("type() with non-type base", lambda: type("X", (object(),), {}))
t("type() metaclass conflict", lambda: type("X", (1,), {}))


class NotCallable:
    __mro_entries__ = 5


def mk_notcallable():
    class C9(NotCallable()):
        pass


t("not callable", mk_notcallable)


class Raises:
    def __mro_entries__(self, bases):
        raise ValueError("boom")


def mk_raises():
    class C10(Raises()):
        pass


t("raises", mk_raises)


class OB(A):
    __orig_bases__ = "explicit"


print(OB.__orig_bases__)


class C11(Fake(A)):
    __orig_bases__ = "mine"


print(type(C11.__orig_bases__).__name__, len(C11.__orig_bases__))


class Meta(type):
    def __mro_entries__(cls, bases):
        return (A,)


class TT(metaclass=Meta):
    pass


class C12(TT):
    pass


print(C12.__mro__, "__orig_bases__" in C12.__dict__)


class WithMeta(type):
    pass


class Tagged:
    def __mro_entries__(self, bases):
        return (WithMeta("Base", (), {}),)


class C13(Tagged()):
    x = 1


print(type(C13).__name__, C13.__mro__[1].__name__, C13.x)

print("-- type() picks the most derived metaclass of the bases")


class M1(type):
    pass


class M2(type):
    pass


class MA(metaclass=M1):
    pass


class MB(metaclass=M2):
    pass


def mk_conflict():
    class MC(MA, MB):
        pass


t("class conflict", mk_conflict)
print(type(type("X", (MA,), {})).__name__)


class MN(type):
    def __new__(m, name, bases, ns):
        print("  MN.__new__", name)
        return super().__new__(m, name, bases, ns)


class NA(metaclass=MN):
    pass


Y = type("Y", (NA,), {"v": 2})
print(type(Y).__name__, Y.v, Y.__mro__[1].__name__)
