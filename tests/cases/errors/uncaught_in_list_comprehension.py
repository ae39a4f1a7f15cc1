# an exception inside a list comprehension escapes to the top level
values = [5, 2, 4, 1]
print([100 // v for v in values])
print({v: 10 % v for v in values})
try:
    print([100 // (v - 2) for v in values])
except ZeroDivisionError as e:
    print("caught:", e)

def scale(rows):
    return [[x * 2 for x in row] for row in rows]

print(scale([[1, 2], [3]]))
try:
    scale([[1], None])
except TypeError as e:
    print("caught:", e)
counts = [v for v in values if v > 1]
print(counts)
print([100 // (v - 1) for v in values])
print("not reached")
