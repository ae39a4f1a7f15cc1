# lambda: defaults, *args/**kw, keyword-only, nested lambdas, conditional bodies, immediate call
print((lambda: "nullary")())
print((lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, *, k: a * k)(3, k=4))
print((lambda a, /, b: a - b)(10, b=3))
add = lambda x: lambda y: x + y
print(add(2)(3))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-5, 0, 5)])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: (yield 1))().__class__.__name__)
print(list((lambda: (yield from range(3)))()))
f = lambda: None
print(f.__name__, f() is None, f.__code__.co_argcount)
try:
    (lambda a: a)()
except TypeError as e:
    print(e)
