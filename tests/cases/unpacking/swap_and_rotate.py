# swapping and rotating values via tuple assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)
lst = [5, 1, 4]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
def bubble(items):
    items = list(items)
    n = len(items)
    for i in range(n):
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items
print(bubble([5, 2, 9, 1, 5, 6]))
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
m = {"k": 1, "j": 2}
m["k"], m["j"] = m["j"], m["k"]
print(m)
