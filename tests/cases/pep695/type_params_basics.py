# PEP 695: type aliases, generic functions and classes, their runtime objects.
type X = int
print(X, type(X).__name__, type(X).__module__, X.__name__, X.__value__, X.__type_params__, X.__module__)
type L[T] = list[T]
print(L, L.__type_params__, L.__value__, L[int], type(L[int]).__name__)
def f[T, *Ts, **P](x: T, *a: int) -> T:
    return x
print(f.__type_params__, f.__annotations__, f(3))
T2 = f.__type_params__[0]
print(type(T2).__name__, T2.__name__, T2.__bound__, T2.__constraints__, T2.__covariant__, T2.__infer_variance__)
def g[T: int, U: (str, bytes)](): pass
print(g.__type_params__[0].__bound__, g.__type_params__[1].__constraints__)
class C[T]:
    def m(self, x: T) -> T: return x
print(C.__type_params__, C.__mro__, C[int], C.__bases__)
class D[T](dict[str, T]): pass
print(D.__bases__, D.__orig_bases__ if hasattr(D, "__orig_bases__") else None)
print(repr(type(f.__type_params__[1])), repr(f.__type_params__[2]))
