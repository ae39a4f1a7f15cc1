data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
l = [3, 1, 2]
print(l.sort(), l, l.sort(reverse=True), l)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
l = [5, 3, 1]
def bad_key(x):
    l.append(0)
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], (1, "a") < (1, "b"), [] == [], [1] == (1,), (1, 2) <= (1, 2))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
print([float("nan")] == [float("nan")], [x := float("nan")] == [x], sorted([3, 1.5, True, 2]), min([[2], [1, 5]]))
l = list(range(10))
l[2:5] = "ab"
print(l)
l[::2] = range(5) if False else l[::2]
del l[::3]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
print(l.index(9), l.count(9), [1, 2, 3].pop(0), [1] * 3, 3 * [0], l.copy() == l, l.copy() is l)
try:
    [1].index(1, 1)
except ValueError as e:
    print("ValueError", e)
t = (1, 2, 3)
print(t[1:], t * 2, t + (4,), t.index(3), t.count(1), hash(t) == hash((1, 2, 3)), (1,) * 0, tuple("ab"))
