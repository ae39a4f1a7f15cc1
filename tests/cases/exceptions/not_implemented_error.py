# NotImplementedError for abstract-style methods
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Broken(Shape):
    pass

for s in [Sq(3), Broken()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught as RuntimeError:", repr(e))
