# tuple operations: singletons, concatenation, repetition, comparison, count/index
t = (1,)
print(t, type(t).__name__, (), (1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5, (1, 2) * -1)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"))
print((1, (2, 3)) < (1, (2, 4)), max([(1, "b"), (1, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
x = (3, 1, 3, 2, 3)
print(x.count(3), x.index(3), x.index(3, 1), x.index(2, -2), x.count(9))
try:
    x.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    x[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    x[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
nested = ([1], [2])
nested[0].append(5)
print(nested)
try:
    nested[0] += [6]
except TypeError as e:
    print("TypeError:", e)
print(nested)
print(tuple("abc"), tuple(range(3)), tuple({1: 2, 3: 4}), tuple(x for x in "hi"))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), {(1, 2): "a"}[(1.0, 2)])
print(len(((),)), bool(()), bool(((),)), (1, 2, 3)[::-1], (1, 2, 3)[5:], x[-1:-4:-1])
a, = (7,)
print(a, (*x, *"ab"), 3 in x, 9 not in x)
