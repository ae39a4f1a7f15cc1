# A metaclass's __prepare__ may return a dict subclass (or another mapping): the class
# body's assignments, lookups and deletions go through its methods.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        print("namespace", type(ns).__name__, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))


class A(metaclass=Meta, flag=1):
    x = 1
    y = magic + x

    def f(self):
        return self.y


print(A.x, A.y, A().f())


class Dup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("%r already defined" % key)
        super().__setitem__(key, value)


class NoDup(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Dup()


try:
    class B(metaclass=NoDup):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("D", (), [1])
except TypeError as e:
    print("TypeError:", e)
