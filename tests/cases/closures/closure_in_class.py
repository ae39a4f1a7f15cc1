# methods returning closures that capture self and arguments
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def make(self, offset):
        def f(x):
            return x * self.factor + offset
        return f

m = Multiplier(3)
f = m.make(1)
print(f(2), f(10))
m.factor = 10
print(f(2))

class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, name):
        def deco(func):
            self.handlers.setdefault(name, []).append(func)
            return func
        return deco

    def emit(self, name, payload):
        return [h(payload) for h in self.handlers.get(name, [])]

bus = EventBus()

@bus.on("greet")
def h1(p):
    return "hello " + p

@bus.on("greet")
def h2(p):
    return p.upper()

print(bus.emit("greet", "sam"), bus.emit("other", "x"))
