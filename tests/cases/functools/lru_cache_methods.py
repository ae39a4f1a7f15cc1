import copy
import functools
from functools import lru_cache

class Calc:
    def __init__(self, base):
        self.base = base
    @lru_cache(maxsize=None)
    def add(self, x):
        print("computing", self.base, x)
        return self.base + x
    def __hash__(self):
        return hash(self.base)
    def __eq__(self, other):
        return isinstance(other, Calc) and other.base == self.base

a, b = Calc(10), Calc(20)
print(a.add(1), a.add(1), b.add(1), Calc(10).add(1))
print(Calc.add.cache_info())
print(type(Calc.add).__name__, type(Calc.add).__module__, Calc.add.__name__, Calc.add.__qualname__)
print(Calc.__dict__['add'].__get__(None, Calc) is Calc.__dict__['add'])
bound = a.add
print(type(bound).__name__, bound.__self__ is a, bound(2))

@lru_cache(maxsize=3)
def slow(n):
    print("slow", n)
    if n < 0:
        raise ValueError("negative")
    return n

print(copy.copy(slow) is slow, copy.deepcopy(slow) is slow, slow.__reduce__())
for x in [1, 2, 3, 1, 4, 2, 5]:
    slow(x)
print(slow.cache_info())
try:
    slow(-1)
except ValueError as e:
    print("ValueError:", e)
print(slow.cache_info())

@lru_cache(maxsize=None)
def kw(a, b=1, *, c=2):
    print("kw", a, b, c)
    return a + b + c
print(kw(1), kw(1, 1), kw(1, b=1), kw(b=1, a=1), kw(1, c=2), kw(1))
print(kw.cache_info())

@lru_cache
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(200), deep.cache_info().currsize)
print(isinstance(deep, functools._lru_cache_wrapper))
for bad in [lambda: functools._lru_cache_wrapper(1, 1, False, tuple),
            lambda: functools._lru_cache_wrapper(len, 'a', False, tuple),
            lambda: lru_cache(maxsize=1.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
w = functools._lru_cache_wrapper(len, 2, False, lambda *a: a)
print(w('abc'), w.cache_info(), w('abc'), w.cache_info())
