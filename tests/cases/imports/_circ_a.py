# circular import partner A: defines A_VALUE before importing _circ_b
print("a: start, __name__ =", __name__)
A_VALUE = 1
import _circ_b

def from_b():
    return _circ_b.B_VALUE * 10

print("a: end, sees b.B_VALUE =", _circ_b.B_VALUE)
