# bound methods carry self; calling through the class passes self explicitly
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + " greets " + other

g = Greeter("ann")
bound = g.greet
print(bound("bob"))
print(Greeter.greet(g, "cy"))
fns = [Greeter("x").greet, Greeter("y").greet]
print([f("z") for f in fns])
print(list(map(g.greet, ["p", "q"])))
g.name = "ANN"
print(bound("dee"))
def standalone(self):
    return "standalone sees " + self.name
Greeter.extra = standalone
print(g.extra())
g.inst_fn = lambda: "instance attribute function"
print(g.inst_fn())
print(bound.__name__, callable(bound))
