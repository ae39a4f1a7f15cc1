# tuple comparisons, hashing of int tuples and use as dict keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, "a") != (1, "b"))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2, 3)))
grid = {}
grid[(0, 0)] = "origin"
grid[(1, -1)] = "se"
print(grid[(0, 0)], grid.get((1, -1)), (2, 2) in grid)
print(max([(3, 1), (3, 2), (1, 9)]), min([(3, 1), (3, 2), (1, 9)]))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
