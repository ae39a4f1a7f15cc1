# import pkg._sub binds the package name; submodule becomes an attribute of the package
import _pkg._sub
print(_pkg.PKG_CONST, _pkg.pkg_helper())
print(_pkg._sub.SUB_CONST, _pkg._sub.sub_fn(21))
print(_pkg.__name__, _pkg._sub.__name__)
print("_sub" in dir(_pkg), hasattr(_pkg, "_other"))
import _pkg._sub
import _pkg
print("imported again without re-running init")
import _pkg._sub as s
print(s is _pkg._sub, s.SUB_CONST)
import _pkg._other
print(_pkg._other.combined(), hasattr(_pkg, "_other"))
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
try:
    import _pkg.missing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
