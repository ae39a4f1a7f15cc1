# from pkg import submodule loads it on demand; from pkg._sub import name
import _pkg2
print(_pkg2.NAME, hasattr(_pkg2, "_sub"))
from _pkg2 import _sub
print(_sub.VALUE, hasattr(_pkg2, "_sub"), _pkg2._sub is _sub, _sub.__name__)
from _pkg2._leaf import LEAF
print(LEAF)
from _pkg2 import _leaf, NAME
print(_leaf.LEAF == LEAF, NAME)
from _pkg2._sub import VALUE as V
print(V)
try:
    from _pkg2 import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    from _pkg2._sub import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import _pkg2._sub as again
print(again is _sub)
