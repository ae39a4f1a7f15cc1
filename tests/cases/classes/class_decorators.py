# class decorators: adding methods, registering, replacing the class, stacking
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_repr
@with_tag("t1")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"), Point.tag, registry)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        print("Config created with", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config).__name__)
order = []
def trace(name):
    order.append("make " + name)
    def deco(cls):
        order.append("apply " + name)
        return cls
    return deco
@trace("outer")
@trace("inner")
class T:
    order.append("body")
print(order)
@register
class Sub(Point):
    pass
print(Sub(3, 4), registry, Sub.tag)
