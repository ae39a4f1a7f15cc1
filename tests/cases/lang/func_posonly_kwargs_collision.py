# positional-only names can reappear in **kwargs; keyword-only after *args; defaults mixing
def f(a, b=2, /, **kw):
    return a, b, kw
print(f(1, a=10, b=20))
print(f(1, 3, c=4))
def g(*args, sep=" ", end="!"):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-", end="?"))
def h(a, /, b, *, c):
    return a + b + c
print(h(1, 2, c=3), h(1, b=2, c=3))
def k(self, **kw):
    return self, kw
print(k(self=1), k(1, other=2))
def only_kwargs(**kw):
    return kw
print(only_kwargs(**{"a b": 1, "": 2}))
def defaults(a, b=1, *, c, d=4):
    return a, b, c, d
print(defaults(0, c=3), defaults.__defaults__, defaults.__kwdefaults__)
print(defaults.__code__.co_argcount, defaults.__code__.co_kwonlyargcount, defaults.__code__.co_posonlyargcount)
print(h.__code__.co_varnames, g.__code__.co_varnames)
