import weakref
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r.__callback__, weakref.ref(a) is r)
print(type(r), weakref.ref is weakref.ReferenceType)
def cb(w): print("callback, dead:", w() is None)
r2 = weakref.ref(a, cb)
print(r2 is not r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(hash(r) == hash(a), r == r2, r != r2)
del a
print(r(), r2(), r == r2, r == r)
for bad in (1, "s", [], {}, (), None, 2.5, object()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
class L(list): pass
print(weakref.ref(L())() is None)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(A)() is A)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
# callbacks run most recent first
b = A(2)
refs = [weakref.ref(b, lambda w, i=i: print("cb", i)) for i in range(3)]
del b
try:
    hash(weakref.ref(A(3)))
except TypeError as e:
    print("TypeError:", e)
