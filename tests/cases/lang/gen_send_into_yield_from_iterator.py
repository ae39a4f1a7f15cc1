# yield from a plain iterator: send(None) works, send(value) raises AttributeError, throw propagates
def delegate(it):
    r = yield from it
    return r
class PlainIter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
g = delegate(PlainIter())
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
class WithSend:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done")
        return self.n
    def send(self, v):
        print("custom send", v)
        return self.__next__()
g = delegate(WithSend())
print(next(g), g.send("hello"), g.send("again"))
try:
    g.send("last")
except StopIteration as e:
    print("StopIteration value:", e.value)
g = delegate(iter([1, 2]))
next(g)
try:
    g.throw(KeyError("thrown into plain iterator"))
except KeyError as e:
    print("KeyError:", e)
