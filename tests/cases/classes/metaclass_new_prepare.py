# Metaclasses: type.__new__ via super(), a metaclass with only __init__, __prepare__,
# class keywords reaching __init_subclass__ through type.__new__.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns, **kw)
        Registry.classes.append(name)
        return cls


class Base(metaclass=Registry):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Child(Base, tag="child"):
    x = 1


print(Registry.classes, Child.x, Child.tag, Child.made_by, type(Child).__name__)


class InitOnly(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.seen = sorted(k for k in ns if not k.startswith("__"))


class P(metaclass=InitOnly):
    a = 1
    b = 2


print(P.a, P.b, P.seen, isinstance(P, InitOnly))


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"preset": 42}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Q(metaclass=Ordered, option=True):
    y = preset + 1


print(Q.preset, Q.y)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class R(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(e)

for bad in (lambda: type.__new__(int, "X", (), {}), lambda: type.__new__(1, "X", (), {})):
    try:
        bad()
    except TypeError as e:
        print(e)
M = type.__new__(Registry, "Made", (), {"z": 3})
print(M.z, type(M).__name__)
