# range with start, stop, step, negatives, empties, indexing and len
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(10, -10, -4)), list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(len(r), r[0], r[-1], r[2], 9 in r, 10 in r)
print(list(r[1:3]), list(range(10)[::-2]))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(len(range(0, 100, 7)), len(range(10, 0)), len(range(-5, 5)))
print(range(3), range(1, 4), range(0, 10, 2))
print(range(3) == range(0, 3), list(reversed(range(4))))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
print(list(range(2 ** 64, 2 ** 64 + 3)))
