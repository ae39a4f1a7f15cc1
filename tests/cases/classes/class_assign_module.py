# Modules may switch to a types.ModuleType subclass: the idiom for module properties.
import sys
import types

class Lazy(types.ModuleType):
    @property
    def answer(self):
        return 42
    @property
    def shout(self):
        return self.name.upper()
    def __repr__(self):
        return f"<lazy module {self.__name__}>"

name = "quiet"
mod = sys.modules[__name__]
mod.__class__ = Lazy
print(type(mod).__name__, isinstance(mod, types.ModuleType), isinstance(mod, Lazy))
print(mod.answer, mod.shout, repr(mod))
print(mod.name, mod.__name__)

# The module's globals are untouched.
print(sorted(k for k in vars(mod) if not k.startswith("__"))[:3])

m = types.ModuleType("other")
m.value = 1
m.__class__ = Lazy
print(m.answer, m.value, repr(m))
m.__class__ = types.ModuleType
print(type(m).__name__, hasattr(m, "answer"))

# Instances of the subclass can be made directly too.
n = Lazy("direct")
n.name = "made"
print(n.__name__, n.shout, type(n).__name__)

# Only between module types.
class NotModule: pass
for target in (NotModule, int):
    try:
        m.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
class Slotted(types.ModuleType):
    __slots__ = ("q",)
try:
    m.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)
