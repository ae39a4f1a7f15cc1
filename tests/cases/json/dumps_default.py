import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot ' + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}, {'p': Point(0, Point(5, 6))}], default=default))
print(json.dumps(Point(1, 2), default=default, indent=1))
for v in [object(), {1, 2}, b'x', 1j, Point(1, 2), [1, range(3)], {'k': Ellipsis}]:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps([1, 2j], default=default)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'a': frozenset([1])}, default=list))
print(json.dumps(range(3), default=list))
