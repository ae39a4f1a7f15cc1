# slice reading, slice assignment, extended slices and del
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-2], a[-3:])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(8))
del d[1:7:2]
print(d)
e = [1, 2, 3]
e[len(e):] = [4, 5]
print(e)
e[-2:] = []
print(e)
f = [0, 1, 2, 3, 4]
f[3:1] = ["ins"]
print(f)
g = list(range(6))
g[::-1] = "abcdef"
print(g)
