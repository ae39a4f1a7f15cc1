# class-level registries and instance ids assigned from class counters
class Shape:
    registry = []
    next_id = 1

    def __init__(self, name):
        self.id = Shape.next_id
        Shape.next_id += 1
        self.name = name
        Shape.registry.append(self)

    def area(self):
        return 0

    def describe(self):
        return f"#{self.id} {self.name} area={self.area()}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Tri(Shape):
    def __init__(self, b, h):
        super().__init__("tri")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2

Rect(2, 3); Square(4); Tri(3, 5); Shape("blob")
for s in Shape.registry:
    print(s.describe())
print(sum(s.area() for s in Shape.registry))
print([type(s).__name__ for s in Shape.registry if isinstance(s, Rect)])
print(max(Shape.registry, key=lambda s: s.area()).name)
