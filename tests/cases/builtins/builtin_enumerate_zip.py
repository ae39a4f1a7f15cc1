# enumerate with start and zip with uneven lengths
colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=10):
    print(i, c)
print(list(enumerate("ab", -1)))
print(list(zip([1, 2, 3], "abcd")), list(zip()), list(zip([1], [])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
print(dict(enumerate("xyz")))
keys, vals = ["k1", "k2"], [1, 2, 3]
print(dict(zip(keys, vals)))
for (i, x), y in zip(enumerate("pq"), [True, False]):
    print(i, x, y)
print(list(zip(range(3), range(10, 13), range(20, 23))))
