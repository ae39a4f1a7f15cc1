# starred targets in assignment capture lists of the remaining items
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
first, *_, last = [10, 20]
print(first, _, last)
(x, *y), z = "abc", 5
print(x, y, z)
head, *tail = [0]
print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
for first, *rest in [(1, 2, 3), (4,), "xy"]:
    print(first, rest)
*init, = (7, 8, 9)
print(init)
