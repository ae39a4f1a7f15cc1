# reverse=True keeps equal elements in original order (not simply reversed)
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (2, "f"), (0, "g")]
k = lambda t: t[0]
print(sorted(data, key=k, reverse=True))
print(list(reversed(sorted(data, key=k))))
print(sorted(data, key=k, reverse=True) == list(reversed(sorted(data, key=k))))
lst = data[:]
lst.sort(key=k, reverse=True)
print(lst == sorted(data, key=k, reverse=True))
strs = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(strs, key=len, reverse=True))
print(max(strs, key=len), min(strs, key=len), max(data, key=k), min(data, key=k))
class Item:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d"), Item(3, "e")]
print(sorted(items), sorted(items, reverse=True))
print(max(items), min(items))
grades = {"amy": 90, "bob": 85, "cat": 90, "dan": 85, "eve": 95}
print(sorted(grades, key=grades.get, reverse=True))
print(sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])))
