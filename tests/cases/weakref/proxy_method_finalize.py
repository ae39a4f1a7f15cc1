import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
    def __len__(self): return 42
    def __add__(self, o): return self.n + o
b = A(2)
p = weakref.proxy(b)
print(p.n, p.m(), type(p).__name__, len(p), p + 1)
p.n = 5
print(b.n)
def target(): return "called"
cp = weakref.proxy(target)
print(type(cp).__name__, cp())
del b
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
c = A(8)
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m)
del c
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
e = A(9)
f = weakref.finalize(e, print, "finalized", 9)
print(f.alive, f.peek()[1:])
del e
print(f.alive)
e2 = A(10)
f2 = weakref.finalize(e2, lambda: "ran")
print(f2(), f2(), f2.alive)
n1 = A(10); n2 = A(11); n1.o = n2; n2.o = n1
rr = weakref.ref(n1, lambda w: print("cycle member died"))
del n1, n2
gc.collect()
print(rr())
