# slice assignment: extended slices need equal length, step zero, non-iterables; tuple/str immutability
l = list(range(6))
l[::2] = "abc"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    l[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
l[1:3] = []
print(l)
l[:0] = (9, 8)
print(l)
l[len(l):] = [7]
print(l)
try:
    (1, 2, 3)[1:2] = [5]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("TypeError:", e)
l2 = [1, 2, 3, 4]
l2[::-1] = l2
print(l2)
del l2[::2]
print(l2)
try:
    l2["a":] = []
except TypeError as e:
    print("TypeError:", e)
