# del on every target kind: names, attributes, subscripts, slices, tuples/lists of targets, nested
a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
class O: pass
o = O(); o.x = 1; o.y = 2
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
l = list(range(10))
del l[0]
del l[-1]
del l[1:3]
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
p, q, r = 1, 2, 3
del (p, q), [r]
try:
    print(p)
except NameError as e:
    print("NameError:", e)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del l[100]
except IndexError as e:
    print("IndexError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    try:
        del undefined_local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    undefined_local = 1
print(g())
try:
    del never_defined_global
except NameError as e:
    print("NameError:", e)
for i in range(2):
    pass
del i
s = [1, 2, 3]
del s[:]
print(s)
