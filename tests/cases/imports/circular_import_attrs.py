# two modules importing each other; attributes defined before the cycle are visible
import _circ_a
print("main: imported _circ_a")
import _circ_b
print(_circ_b.use_a(), _circ_a.from_b())
print(_circ_a._circ_b is _circ_b, _circ_b._circ_a is _circ_a)
print(_circ_b.A_VALUE, _circ_a.A_VALUE)
_circ_a.A_VALUE = 100
print(_circ_b.use_a(), _circ_b.A_VALUE)
import sys
print(sorted(k for k in sys.modules if k.startswith("_circ")))
