# del on names, list items, slices, dict keys and attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class P:
    pass

p = P()
p.attr = 1
p.other = 2
del p.attr
print(hasattr(p, "attr"), hasattr(p, "other"))
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
