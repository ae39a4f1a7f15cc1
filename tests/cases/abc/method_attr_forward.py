# A bound method reads attributes it lacks from its function, as CPython's method objects.
def f(self):
    pass


f.tag = 'tagged'
f.__isabstractmethod__ = True


class C:
    m = f
    cm = classmethod(f)


print(C().m.tag, C.cm.tag, C().m.__isabstractmethod__, C.cm.__isabstractmethod__)
print(hasattr(C().m, 'nope'), getattr(C.cm, 'nope', 'dflt'))
try:
    C().m.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    C().m.tag = 1
except AttributeError as e:
    print("AttributeError:", e)
