# from-import of a not-yet-defined name in a partially initialized module fails
print("y: start")
try:
    from _cyc_x import LATE
except ImportError as e:
    print("y: ImportError:", str(e).split(" (")[0])
import _cyc_x
print("y: x has LATE yet?", hasattr(_cyc_x, "LATE"))

def late():
    return _cyc_x.LATE
