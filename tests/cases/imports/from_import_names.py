# from-import binds names; later rebinding of the module attribute is not seen by the copy
from _shapes import PI, area_circle, Rect
import _shapes

print(PI, area_circle(1))
print(Rect(2, 5).area())
_shapes.PI = 100
print(PI, _shapes.PI, area_circle(1))
PI = "local rebinding"
print(PI, _shapes.PI)
del PI
from _shapes import PI
print(PI)
shapes = [Rect(1, 1), Rect(2, 3), Rect(4, 4)]
print([s.area() for s in shapes], len(_shapes.created))
print(Rect is _shapes.Rect, area_circle is _shapes.area_circle)
