# find, rfind, index, count, startswith, endswith
s = "banana bandana"
print(s.find("an"), s.rfind("an"), s.find("xyz"), s.rfind("xyz"))
print(s.find("an", 3), s.find("an", 3, 5), s.find(""), s.rfind(""))
print(s.index("band"), s.count("an"), s.count("a"), s.count(""), s.count("ana"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("ban"), s.startswith("nan"), s.startswith("nan", 2))
print(s.endswith("ana"), s.endswith("band"))
print("".startswith(""), "abc".endswith(""))
pos = []
i = s.find("a")
while i != -1:
    pos.append(i)
    i = s.find("a", i + 1)
print(pos)
