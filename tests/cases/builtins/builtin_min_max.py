# min and max with iterables, multiple args, key= and default=
print(max(3, 7, 2), min(3, 7, 2), max([1.5, -2, 0]), min("hello"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min((), default=None), max([5], default=0))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[3], [1, 2], [1]]))
print(max(-5, 3, key=abs), min(-5, 3, key=abs), max([-1, 1], key=abs))
words = ["aa", "bb", "c", "dd"]
print(max(words, key=len), min(words, key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(max(range(10), key=lambda n: (n % 4, -n)))
