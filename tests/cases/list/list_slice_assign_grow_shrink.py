# slice assignment that grows, shrinks, inserts and replaces; extended slice rules
a = list(range(10))
a[2:4] = ["x", "y", "z", "w"]
print(a, len(a))
a[1:8] = [0]
print(a)
a[len(a):] = [100, 101]
print(a)
a[:0] = "ab"
print(a)
a[3:3] = (7, 8)
print(a)
a[-2:] = []
print(a)
a[5:1] = ["between"]
print(a)
a[100:200] = [9]
a[-100:1] = ["head"]
print(a)
b = list(range(8))
b[::2] = "ABCD"
print(b)
b[1::3] = [None] * len(b[1::3])
print(b)
b[::-1] = range(8)
print(b)
b[::1] = [1, 2]
print(b)
try:
    c = list(range(6))
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[1:2] = c
print(c)
c[:] = (x * 2 for x in c)
print(c)
d = c
d[:] = []
print(c, d is c)
e = [0] * 3
e[1:2] = range(3)
e[0:1] = {"k": 1}
print(e)
f = [1, 2, 3, 4, 5]
f[1:-1] = f[-2:0:-1]
print(f)
