# import a.b.c as d binds only d; plain import a.b.c binds only a
import _rel._sub._deep as d
print(d.__name__, d.DEEP)
print("_rel" in dir(), "d" in dir())
import sys
print(d is sys.modules["_rel._sub._deep"])
import _rel._sub as s
print(s.__name__, s._deep is d)
def local_import():
    import _rel._sub._deep as inner
    import _rel._util
    return inner is d, sorted(n for n in locals())
print(local_import())
import _rel._sub._deep
print("_rel" in dir(), _rel._sub._deep is d)
from _rel._sub import _deep as d3
print(d3 is d)
import _rel._core as core, _rel._util as util
print(core.VERSION, util.quad(2))
