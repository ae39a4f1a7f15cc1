# del on slices with steps, negative indices and out-of-range bounds
a = list(range(12))
del a[::3]
print(a)
del a[-2:]
print(a)
del a[1:100]
print(a)
b = list(range(12))
del b[::-2]
print(b)
del b[10:2]
print(b)
del b[-100:2]
print(b)
c = list(range(20))
del c[3:15:4]
print(c)
del c[::-5]
print(c)
del c[:]
print(c, len(c))
d = list("abcdefg")
del d[1], d[-1]
print(d)
del d[0:1], d[0]
print(d)
e = [1, 2, 3]
try:
    del e[5]
except IndexError as e2:
    print("IndexError:", e2)
try:
    del e[::0]
except ValueError as e2:
    print("ValueError:", e2)
t = (1, 2, 3)
try:
    del t[0]
except TypeError as e2:
    print("TypeError:", e2)
s = "abc"
try:
    del s[0:1]
except TypeError as e2:
    print("TypeError:", e2)
f = list(range(10))
while f:
    del f[len(f) // 2::2]
    print(f)
