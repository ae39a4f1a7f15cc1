# from-import of a name not yet defined in a partially initialized module
import _cyc_x
print("main: imported _cyc_x")
import _cyc_y
print(_cyc_y.late(), _cyc_x.LATE)
print(hasattr(_cyc_y, "LATE"), _cyc_x._cyc_y is _cyc_y)
from _cyc_x import LATE
print(LATE)
try:
    from _cyc_y import LATE
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
