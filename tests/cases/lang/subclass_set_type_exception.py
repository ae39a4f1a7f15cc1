# subclassing set, type and Exception: custom methods, operator result types, exception attributes
class TagSet(set):
    def add(self, x):
        super().add(str(x).lower())
t = TagSet()
t.add("A"); t.add(1)
print(sorted(t), type(t | {"z"}).__name__, type(t.copy()).__name__, isinstance(t, set))
t2 = TagSet(["B"])
print(sorted(t2))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise AppError(404, "not found")
except Exception as e:
    print(e, repr(e), e.args, e.code, isinstance(e, AppError))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuperInit(5)
print(e.args, str(e), repr(e), e.x)
class WithNew(ValueError):
    pass
print(repr(WithNew("a", 1)), str(WithNew()), str(WithNew("only")))

class Meta(type):
    def hello(cls):
        return "hello from " + cls.__name__
Foo = Meta("Foo", (), {"x": 1})
print(Foo.hello(), Foo.x, type(Foo).__name__, isinstance(Foo, type))
