# slice assignment growing, shrinking and replacing list contents
a = [1, 2, 3, 4, 5]
a[1:3] = [20, 30, 40, 50]
print(a)
a[1:5] = [0]
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
a[1:-1] = []
print(a)
b = list(range(10))
b[1::3] = ["x", "y", "z"]
print(b)
b[::-4] = [None, None, None]
print(b)
c = [1, 2, 3]
c[0:2] = "ab"
print(c)
c[1:2] = range(3)
print(c)
d = [0] * 5
d[-2:] = (8, 9)
print(d)
try:
    d[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
e = [1, 2, 3]
e[5:10] = [9]
print(e)
