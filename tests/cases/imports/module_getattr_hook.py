# module-level __getattr__ is consulted only for names not found normally
import _lazy_attrs
print(_lazy_attrs.REAL)
print(_lazy_attrs.dyn_hello, _lazy_attrs.dyn_x)
print(_lazy_attrs.calls)
try:
    _lazy_attrs.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(_lazy_attrs, "dyn_abc"), getattr(_lazy_attrs, "other", "default"))
print(hasattr(_lazy_attrs, "dyn_q"), hasattr(_lazy_attrs, "nope"))
from _lazy_attrs import dyn_imported
print(dyn_imported)
try:
    from _lazy_attrs import absent
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print([c for c in _lazy_attrs.calls if not c.startswith("__")])
_lazy_attrs.dyn_set = "now real"
print(_lazy_attrs.dyn_set, _lazy_attrs.calls[-1])
