def f(self): return self
print(hasattr(f, '__get__'))
class A: pass
a = A()
print(f.__get__(a)() is a)
print(f.__get__(None, A) is f)
cm = classmethod(f)
print(cm.__get__(None, A)() is A, cm.__get__(a)() is A)
sm = staticmethod(len)
print(sm.__get__(None, A)([1]))
p = property(lambda s: 42)
print(p.__get__(a, A), p.__get__(None, A) is p)
class Q:
    def __init__(self): self._x = 0
    def gx(self): return self._x
    def sx(self, v): self._x = v
    x = property(gx, sx)
q = Q()
Q.x.__set__(q, 5); print(q.x)
try:
    p.__set__(a, 1)
except AttributeError as e: print(e)
try:
    f.__get__(None, None)
except TypeError as e: print(e)
class D(dict):
    def __init__(self, factory, *a, **k):
        self.factory = factory
        dict.__init__(self, *a, **k)
d = D(list, {'a': 1}, b=2)
print(d)
class C(dict):
    def __eq__(self, o):
        return NotImplemented
print(C(a=1) == {'a': 1}, {'a': 1} == C(a=1), C(a=1) != {'a': 1})
