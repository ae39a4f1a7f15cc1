# list concatenation, repetition, comparison, membership, len, min/max/sum
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 0, [None] * 3, [] * 10)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [] < [0])
print(2 in a, 7 in a, 7 not in a, [1] in [[1], [2]])
print(len(a), len([]), len([[], []]))
print(min(a), max(a), sum(a), sum([]), sum([[1], [2]], []))
try:
    a + (4,)
except TypeError as e:
    print("TypeError:", e)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}))
print([1, [2, [3, [4]]]])
