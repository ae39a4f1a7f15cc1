# TypeError messages for bad calls: counts, keywords, keyword-only and positional-only
def show(fn):
    try:
        fn()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
def f(a, b, c=3):
    return a, b, c
def kw(a, *, key, opt=None):
    return a, key, opt
def pos(a, b, /, c):
    return a, b, c
def star(*args, **kwargs):
    return args, kwargs
def none():
    pass
class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def k(cls, x):
        return x
show(lambda: f())
show(lambda: f(1))
show(lambda: f(1, 2, 3, 4))
show(lambda: f(1, 2, d=4))
show(lambda: f(1, 2, a=1))
show(lambda: f(1, b=2, c=3, e=5))
show(lambda: kw(1, 2))
show(lambda: kw(1))
show(lambda: kw(1, opt=2))
show(lambda: kw(key=1))
show(lambda: pos(1, 2))
show(lambda: pos(1, b=2, c=3))
show(lambda: pos(a=1, b=2, c=3))
show(lambda: none(1))
show(lambda: none(x=1))
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: C.s())
show(lambda: C.k(1, 2))
show(lambda: C(1))
show(lambda: f(*[1], **{"b": 2, "a": 3}))
show(lambda: f(1, **{"b": 2}, **{"b": 3}))
show(lambda: f(**{1: 2}))
show(lambda: f(*5))
show(lambda: f(**[1]))
show(lambda: (lambda x: x)())
show(lambda: (lambda *, y: y)(1))
print(star(1, 2, x=3), pos(1, 2, c=3), kw(0, key="k"), f(1, c=9, b=8))
def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(g(1, c=3), g(1, 2, 3, 4, c=5, z=6))
show(lambda: g(1, 2, 3))
