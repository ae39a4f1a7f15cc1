# nested package modules reach their parent with .. and siblings with .
from _rel._sub import _deep
print(_deep.DEEP)
print(_deep.chain(1), _deep.chain(5))
import _rel
print(_rel._sub.SUB_NAME, _rel._sub.PARENT_VERSION)
print(_rel._sub._core is _rel._core, _rel._sub._deep is _deep)
print(_rel._sub.sub_quad(2), _rel._sub.quad(2))
print(_deep.double is _rel._core.double)
import sys
print(sorted(k for k in sys.modules if k.startswith("_rel")))
print(sys.modules["_rel._sub._deep"] is _deep)
def check():
    from _rel._sub._deep import chain as c
    from _rel._sub import _deep as d2
    return c(0), d2 is _deep
print(check())
