# tuple creation, indexing, single-element tuples and immutability
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
single = (5,)
not_tuple = (5)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), type(empty).__name__)
packed = 1, "two", 3.0
print(packed)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
print(t.count(2), t.index(3), (1, 1, 1).count(1))
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
inner = ([1], [2])
inner[0].append(10)
print(inner)
print((1, 2) + (3,), (0,) * 3, () * 5)
