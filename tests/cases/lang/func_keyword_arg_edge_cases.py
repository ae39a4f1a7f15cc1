# keyword arguments: non-identifier keys via **, order of **kwargs, unpacking dict subclasses and mappings
def f(**kw): return kw
print(f(**{"not an identifier": 1, "1x": 2}))
def g(a, b, c): return (a, b, c)
print(g(1, **{"c": 3, "b": 2}), g(*[1], c=3, **{"b": 2}))
class OrderedKeys(dict): pass
print(g(**OrderedKeys(a=1, b=2, c=3)))
try:
    g(1, 2, 3, **{"a": 0})
except TypeError as e:
    print("TypeError:", e)
try:
    g(**{"a": 1, "b": 2, "c": 3, "d": 4})
except TypeError as e:
    print("TypeError:", e)
def h(*, key): return key
try:
    h(**{"Key": 1})
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, **{"b": 2}), dict({"x": 0}, y=1))
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def defaults_seen(a, b=[]):
    b.append(a)
    return len(b)
print(defaults_seen(1), defaults_seen(2), defaults_seen(3, []), defaults_seen(4))
