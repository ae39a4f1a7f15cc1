# AttributeError.name/.obj; hasattr/getattr(default) treat AttributeError (only) as absent.
class A: pass
a = A()
try:
    a.missing
except AttributeError as e:
    print(e.name, e.obj is a, e)
try:
    None.foo
except AttributeError as e:
    print(e.name, e.obj)
import sys
try:
    sys.nope
except AttributeError as e:
    print(e.name, e.obj is sys)
print(getattr(a, "zz", "default"), hasattr(a, "zz"))
class P:
    @property
    def gone(self): raise AttributeError("inner")
    @property
    def bad(self): raise ValueError("boom")
    def __getattr__(self, n):
        if n == "dyn": return 42
        raise AttributeError(n)
p = P()
print(hasattr(p, "gone"), getattr(p, "gone", "d"), hasattr(p, "dyn"), getattr(p, "nope", "d2"), hasattr(p, "x"))
try:
    hasattr(p, "bad")
except ValueError as e:
    print("propagated", e)
class G:
    def __getattr__(self, n): raise KeyError(n)
try:
    hasattr(G(), "k")
except KeyError as e:
    print("KeyError", e)
print(hasattr(1, "real"), hasattr("s", "upper"), getattr(int, "nope", None), hasattr(sys, "argv"), hasattr(super(P, p), "x"))
