# class decorators: registration, adding methods, replacing the class, stacking order
added = []
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    added.append(cls.__name__)
    return cls

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        added.append(tag)
        return cls
    return deco

@add_repr
@with_tag("t1")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, "a"), Point.tag, added)

def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class Config:
    pass
print(Config() is Config(), type(Config).__name__)

def replace(cls):
    class Wrapped(cls):
        def extra(self):
            return "extra from " + cls.__name__
    Wrapped.__name__ = cls.__name__
    return Wrapped
@replace
class Thing:
    pass
print(Thing().extra(), Thing.__name__, Thing.__qualname__, [c.__name__ for c in Thing.__mro__])
