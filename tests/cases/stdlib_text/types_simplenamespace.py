import types
SN = types.SimpleNamespace
for args in [({'a': 1},), (1, 2)]:
    try:
        SN(*args)
    except TypeError as e:
        print("TypeError:", e)
n = SN(a=1, b='x')
print(n, repr(n), str(n))
print(n == SN(b='x', a=1), n != SN(a=1), n == 1, n != 1)
n.c = [n]
print(n)
print(n.__dict__)
del n.a
print(n, hasattr(n, 'a'))
n.c = None
print(n, vars(n))
class S(SN):
    pass
print(S(x=1), SN(), S(), S(q=[1, 2]) == SN(q=[1, 2]))
try:
    hash(SN())
except TypeError:
    print("unhashable")
print(SN.__name__, SN.__module__)
ns = SN(x=1)
ns.x += 5
ns.y = {'k': SN(z=None)}
print(ns)
try:
    SN().missing
except AttributeError as e:
    print("AttributeError")
print(SN(**{'a b': 1}))
