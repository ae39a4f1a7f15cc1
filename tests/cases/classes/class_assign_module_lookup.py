# A module switched to a ModuleType subclass: the class's data descriptors come before the
# module's globals, which come before the class's other attributes and __getattr__.
import sys, types
class M(types.ModuleType):
    @property
    def x(self): return "prop"
    def meth(self): return "meth"
    plain = "class attr"
m = types.ModuleType("m")
m.x = 1
m.meth = "dict meth"
m.__getattr__ = lambda name: f"hook {name}"
m.__class__ = M
print(m.x, m.meth, m.plain, m.missing)
print(sorted(k for k in m.__dict__ if not k.startswith("__")), m.__dict__ is vars(m))
del m.meth
print(m.meth())
try:
    m.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(m.__name__, M.__dict__.get("__dict__") is None)
mod = sys.modules[__name__]
mod.__class__ = M
print(x if 'x' in globals() else "no x", mod.x, mod.__dict__ is globals())
