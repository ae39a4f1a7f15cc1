# helper module importing another helper
import _shapes
from _counter_mod import bump

def total_area(rects):
    bump()
    return sum(r.area() for r in rects)

def unit_circle():
    return _shapes.area_circle(1)
