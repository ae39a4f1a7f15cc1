# circular import partner B: sees the partially initialized _circ_a
print("b: start")
import _circ_a
from _circ_a import A_VALUE
print("b: a.A_VALUE =", _circ_a.A_VALUE, A_VALUE)
print("b: a has from_b yet?", hasattr(_circ_a, "from_b"))
B_VALUE = 2

def use_a():
    return _circ_a.from_b() + _circ_a.A_VALUE
