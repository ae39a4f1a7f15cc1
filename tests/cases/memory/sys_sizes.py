import sys
for v in (0,1,2**30,2**60,-5,True,None,1.5,1j,'', 'a', 'abc', '€', '😀', b'', b'ab', (), (1,2), [], list(range(10)), {}, {1:2}, {i:i for i in range(10)}, set(), {1}, set(range(10)), set(range(100)), frozenset(), range(5)):
    print(repr(v)[:20], sys.getsizeof(v))
a = []
print(sys.getrefcount(a), sys.getrefcount(None))
def f(x): return sys.getrefcount(x)
print(f(a))
class S:
    def __sizeof__(self): return 100
print(sys.getsizeof(S()), sys.getsizeof(1, 5))
