import weakref
class A: pass
x = A()
print(x.__weakref__)
r = weakref.ref(x)
print(x.__weakref__ is r)
r2 = weakref.ref(x, lambda w: None)
print(x.__weakref__ is r)
