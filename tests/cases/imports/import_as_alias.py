# import ... as ... and from ... import ... as ...
import _shapes as sh
from _shapes import Rect as R, area_circle as circ

print(sh.PI, circ(10))
print(R(1, 2).area(), sh.Rect is R)
print(sh.__name__)
try:
    _shapes
except NameError as e:
    print("NameError:", e)
import _shapes
print(_shapes is sh, _shapes.Rect is R)
areas = [R(w, w + 1).area() for w in range(1, 5)]
print(areas, len(sh.created) >= 4)
print(round(circ(0.5), 4))
