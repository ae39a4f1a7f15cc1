# sorted() and reversed() over various iterables
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted({3: 0, 1: 0}))
print(sorted(range(5), reverse=True), sorted([], reverse=True))
print(sorted(["b", "A", "c"], key=lambda s: s.lower()))
print(sorted([-3, 2, -1], key=abs), sorted([-3, 2, -1], key=lambda x: -x))
data = [3, 1, 2]
out = sorted(data)
print(data, out, out is data)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "b"), (2, "a")], key=lambda t: t[1]))
print("".join(sorted("hello world")).strip())
