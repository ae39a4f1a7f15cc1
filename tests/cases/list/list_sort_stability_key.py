# list.sort stability with keys, reverse, and mixed types errors
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 22), ("fay", 25)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
words = ["Banana", "apple", "cherry", "Apple", "banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2, 0]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
recs = [{"k": i % 3, "i": i} for i in range(9)]
recs.sort(key=lambda r: r["k"])
print([r["i"] for r in recs])
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1, 1, 0]]))
print(sorted([1.5, 1, True, 0, False, -0.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
r = [5, 3, 1]
print(r.sort(), r, sorted(r, key=None), sorted("hello"), sorted((3, 1, 2), reverse=True))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
