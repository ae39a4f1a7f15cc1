# sort and sorted with key and reverse, stability
nums = [5, 2, 9, 1, 5, 6, -3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(sorted(pairs))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25)]
people.sort(key=lambda p: p[1])
print(people)
print(sorted([]), sorted([1]), sorted("hello"))
print(sorted([3.5, 1, 2.25, -1]))
print(nums.sort() is None)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 5], [1, 2]]))
