# from module import * honours __all__, and skips underscore names without it
from _star_mod import *
print(VALUE, public_fn(), _exported_private)
for name in ["OTHER", "_hidden", "not_listed"]:
    print(name, name in globals())
from _noall_mod import *
print(A, B, func(), Klass.__name__)
print("_private" in globals(), "_sys" in globals(), "sys" in globals())
import _star_mod
print(_star_mod.OTHER, _star_mod.not_listed(), sorted(_star_mod.__all__))
_star_mod.VALUE = 99
print(VALUE, _star_mod.VALUE)
B.append(3)
import _noall_mod
print(_noall_mod.B, _noall_mod.B is B)
def uses_star_names():
    return VALUE + A
print(uses_star_names())
