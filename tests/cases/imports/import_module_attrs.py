# import a helper module and use its functions, classes and constants
import _shapes

print(_shapes.PI)
print(_shapes.area_circle(2))
r = _shapes.Rect(3, 4)
print(r.area(), len(_shapes.created))
print(_shapes.__name__, __name__)
print(_shapes._private_helper())
_shapes.PI = 3
print(_shapes.area_circle(2))
print(isinstance(r, _shapes.Rect), type(r).__name__)
print(hasattr(_shapes, "Rect"), hasattr(_shapes, "Square"))
try:
    _shapes.Square
except AttributeError as e:
    print("AttributeError:", e)
