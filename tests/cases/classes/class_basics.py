# class definition, __init__, instance attributes and methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

p = Point(3, 4)
print(p.x, p.y, p.dist2())
q = p.moved(1, 1)
print(q.x, q.y, p.x)
p.move(-3, -4)
print(p.x, p.y, p.dist2())
p.label = "origin"
print(p.label, hasattr(q, "label"))
print(type(p).__name__, isinstance(p, Point), Point.__name__)
print(Point.dist2(q))
m = q.dist2
print(m())
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
