# argument errors on methods mention the qualname (Class.method) and count self
class Box:
    def put(self, item):
        return item
    @classmethod
    def make(cls, a, b):
        return cls
    @staticmethod
    def st(a):
        return a
    class Inner:
        def deep(self, *, k):
            return k

b = Box()
for c in [
    lambda: b.put(),
    lambda: b.put(1, 2),
    lambda: Box.put(),
    lambda: b.put(item=1, other=2),
    lambda: Box.make(1),
    lambda: Box.st(),
    lambda: Box.Inner().deep(),
    lambda: Box.Inner().deep(1),
    lambda: b.put(1, item=2),
]:
    try:
        c()
    except TypeError as e:
        print(e)

def outer():
    def inner(a):
        pass
    return inner
try:
    outer()()
except TypeError as e:
    print(e)
print(outer().__qualname__)
