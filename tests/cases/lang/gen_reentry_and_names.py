# generator re-entry raises ValueError; generator __name__/__qualname__; iterator protocol attributes
def self_ref():
    try:
        next(g)
    except ValueError as e:
        yield "ValueError: " + str(e)
g = self_ref()
print(next(g))
def simple():
    yield 1
s = simple()
print(s.__name__, s.__qualname__, type(s).__name__)
print(list(s), list(s))
class K:
    def meth(self):
        yield self
print(K().meth().__qualname__)
def agen():
    x = yield
    yield x
a = agen()
next(a)
print(a.send(42))
print(next(a, "end"))
print(iter(a) is a, hasattr(a, "__next__"), hasattr(a, "send"), hasattr(a, "throw"), hasattr(a, "close"))
