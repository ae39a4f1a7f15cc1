# special methods are looked up on the type, not the instance; instance attributes don't affect operators
class C:
    def __len__(self): return 1
    def __repr__(self): return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
c.__add__ = lambda o: "never"
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)
C.__add__ = lambda self, o: f"class add {o}"
print(c + 1)
C.__len__ = lambda self: 7
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
class D:
    pass
d = D()
d.__iter__ = lambda: iter([1])
try:
    iter(d)
except TypeError as e:
    print("TypeError:", e)
D.__bool__ = lambda self: False
print(bool(d), "truthy" if d else "falsy")
D.__eq__ = lambda self, o: "eq via class"
print(d == 1)
