# __del__ runs when the last reference goes, in CPython's order.
class D:
    def __init__(self, name, inner=None):
        self.name = name; self.inner = inner
    def __del__(self):
        print("del", self.name)
x = D("outer", D("inner"))
x = None
print("---")
items = [D(i) for i in range(3)]
del items
print("---")
t = (D("t0"), D("t1"))
del t
print("---")
d = {"a": D("da"), "b": D("db")}
d.clear()
print("---")
def scope():
    a = D("local-a")
    b = D("local-b")
    return 1
scope()
print("---")
class Base:
    def __del__(self): print("Base.__del__", type(self).__name__)
class Sub(Base): pass
Sub()
print("---")
s = D("reassigned")
s = D("second")
print("---")
try:
    raise ValueError(D("in-exception-args"))
except ValueError:
    pass
print("end")
g = D("global-at-exit")
