# a package whose __init__ and submodules use from . import / from .mod import
import _rel
print(_rel.VERSION, _rel.greet("main"))
print(_rel._util.quad(3), _rel._util.dbl(5))
print(_rel._util.core_version())
print(_rel._util._core is _rel._core)
print(hasattr(_rel, "_core"), hasattr(_rel, "_sub"))
import sys
print(sorted(k for k in sys.modules if k.startswith("_rel")))
from _rel._util import quad, dbl
print(quad(10), dbl("ab"))
from _rel import _core
print(_core.__name__, _core.double(21))
_core.VERSION = "2.0"
print(_rel._util.core_version(), _rel.VERSION)
