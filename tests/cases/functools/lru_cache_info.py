from functools import lru_cache, cache

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x

print(sq(2), sq(3), sq(2))
print(sq.cache_info())
print(sq(4))      # evicts 3, the least recently used
print(sq(2), sq(3))
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
print(type(info).__name__, isinstance(info, tuple), info._fields)
print(info._asdict(), info._replace(hits=100))
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib.__wrapped__(10), fib.__name__, fib.__wrapped__.__name__)

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

print(fact(20), fact.cache_info(), fact.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

@lru_cache(typed=True)
def typed(x):
    print("typed compute", repr(x))
    return x
typed(1); typed(1.0); typed(1)
print(typed.cache_info(), typed.cache_parameters())

@lru_cache(None)
def untyped(x, y=0):
    print("untyped compute", repr(x), y)
    return x
untyped(1); untyped(1.0); untyped(1, y=0); untyped(x=1); untyped(1, 0)
print(untyped.cache_info())
try:
    untyped([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache('big')
except TypeError as e:
    print("TypeError:", e)
print(sq.__doc__, fib.__qualname__)
