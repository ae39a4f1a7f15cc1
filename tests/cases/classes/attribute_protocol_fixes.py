# int()/float() result checks, __reversed__/__iter__ = None, property without getter, __getattr__ after an AttributeError from __getattribute__ or a property, descriptor __delete__.
class I:
    def __int__(self): return 1.5
class F:
    def __float__(self): return 1
class X:
    def __index__(self): return 3
for f, a in ((int, I()), (float, F())):
    try: f(a)
    except TypeError as e: print(e)
print(float(X()))
class R:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class It:
    __iter__ = None
    def __getitem__(self, i): return i
for f, a in ((reversed, R()), (iter, It())):
    try: f(a)
    except TypeError as e: print(e)
class NoGet:
    x = property(None, lambda s, v: None)
try: NoGet().x
except AttributeError as e: print(e)
class G:
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
print(G().secret)
class P:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "rescued " + n
print(P().p)
class D:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): print("set")
    def __delete__(self, o): print("delete")
class S:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): print("set")
class C:
    d = D()
    s = S()
c = C(); c.d = 5; del c.d
try: del c.s
except AttributeError as e: print("AttributeError", e)
