# for-loop targets can be attributes, subscripts, starred and nested tuples; loop var persists after loop
class Box: pass
b = Box()
for b.attr in range(3):
    pass
print(b.attr)
d = {}
for d["key"] in "xyz":
    pass
print(d)
lst = [0, 0]
for i, lst[i] in enumerate([7, 8]):
    pass
print(lst, i)
for first, *rest in ["abc", "de"]:
    print(first, rest)
for (a, b2), c in [((1, 2), 3)]:
    print(a, b2, c)
for x in []:
    pass
try:
    x
except NameError as e:
    print("NameError:", e)
for y in [1, 2]:
    pass
print(y)
