import sys
def f(): pass
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
print(repr(None), repr(NotImplemented), repr(Ellipsis), repr(...), repr(int), repr(C).endswith(".C'>"), repr(type))
print(repr(len), repr([].append)[:32], repr(C.m)[:16], repr(C.cm)[:30], repr(C.sm)[:16])
print(f.__name__, f.__qualname__, C.m.__qualname__, C.cm.__func__.__qualname__, f.__module__, len.__module__, len.__name__)
print(type(f).__name__, type(C().m).__name__, type(len).__name__, type([].append).__name__, type(sys).__name__)
print(C().m.__func__ is C.m, C().m.__self__.__class__ is C, C.cm.__self__ is C, [].append.__name__)
def g(a, b=2, *args, c, d=4, **kw):
    x = 1
    return x
co = g.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_flags & 0x0c)
print(g.__defaults__, g.__kwdefaults__, g.__annotations__, g.__dict__, g.__doc__, g.__closure__)
def outer():
    v = 1
    def inner():
        return v
    return inner
cl = outer().__closure__
print(type(cl).__name__, len(cl), type(cl[0]).__name__, cl[0].cell_contents, outer().__code__.co_freevars, outer.__code__.co_cellvars)
def gen():
    yield 1
gobj = gen()
print(gobj.__name__, gobj.__qualname__, gobj.gi_running, gobj.gi_frame is not None, gobj.gi_code.co_name, type(gobj).__name__)
next(gobj, None); next(gobj, None)
print(gobj.gi_frame)
print(int.__name__, int.__qualname__, int.__module__, C.__module__, C.__qualname__, int.__mro__, bool.__bases__, object.__bases__, type.__base__)
print(sys.__name__, type(sys).__name__, sys.__class__.__name__, hasattr(sys, "__dict__"))
print(NotImplemented.__class__.__name__, type(...).__name__, type(None).__name__, type(None)() is None)
fr = sys._getframe()
print(fr.f_code.co_name, fr.f_lineno > 0, fr.f_back, fr.f_globals is globals(), fr.f_locals is globals())
