# del with slices and steps on lists
a = list(range(12))
del a[::3]
print(a)
del a[-2:]
print(a)
del a[:2]
print(a)
del a[1:100:2]
print(a)
b = list("abcdefg")
del b[::-2]
print(b)
c = [1, 2, 3]
del c[:]
print(c, len(c))
d = [1, 2, 3]
del d[5:]
print(d)
e = list(range(6))
del e[4:1:-1]
print(e)
