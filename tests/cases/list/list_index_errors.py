# list index error messages and negative index boundaries
a = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4]:
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del a[7]
except IndexError as e:
    print("IndexError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    a.insert("x", 1)
except TypeError as e:
    print("TypeError:", e)
print(a[True], a[-True])
print(a[1:100], a[-100:1])
