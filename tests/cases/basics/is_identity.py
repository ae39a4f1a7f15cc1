# is / is not identity semantics on mutable objects and singletons
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c, b is not a)
b.append(3)
print(a, c)
d = {}
e = d
e["k"] = 1
print(d, d is e)
x = None
print(x is None, x is not None)
t = (1, 2)
u = t
print(t is u)
print(True is True, False is not True)

class Box:
    pass

p = Box()
q = p
r = Box()
print(p is q, p is r, p is not r)
lst = [p, r]
print(lst[0] is p, lst[1] is r, lst[0] is lst[1])
def f():
    return None
print(f() is None)
empty1 = []
empty2 = []
print(empty1 is empty2, empty1 == empty2)
