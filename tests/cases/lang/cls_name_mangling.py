# private name mangling: __x becomes _Class__x, also in nested functions, not for dunders
class Base:
    def __init__(self):
        self.__secret = "base secret"
        self.__dunder__ = "not mangled"
    def reveal(self):
        return self.__secret
    def __private(self):
        return "private method"
    def call_private(self):
        return self.__private()
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"
    def child_reveal(self):
        return self.__secret
c = Child()
print(c.reveal(), c.child_reveal())
print(sorted(k for k in vars(c)))
print(c._Base__secret, c.call_private())
try:
    c.__secret
except AttributeError as e:
    print("AttributeError:", e)
class M:
    __cls_attr = 5
    def get(self):
        def inner():
            return self.__cls_attr
        return inner()
    def via_getattr(self):
        return getattr(self, "__cls_attr", "getattr not mangled")
print(M().get(), M().via_getattr(), "_M__cls_attr" in M.__dict__)
class _Under:
    def __m(self): return "leading underscores stripped"
    def go(self): return self.__m()
print(_Under().go(), hasattr(_Under, "_Under__m"))
