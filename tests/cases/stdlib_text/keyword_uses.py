import keyword
words = "if match case type _ print None async await lambda soft Class".split()
for w in words:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print(len(keyword.kwlist), len(keyword.softkwlist))
print([w for w in keyword.kwlist if w[0].isupper()])
print(set(keyword.kwlist) & set(keyword.softkwlist))
print(all(w.isidentifier() for w in keyword.kwlist + keyword.softkwlist))
for name in ["class_", "for", "x"]:
    safe = name + "_" if keyword.iskeyword(name) else name
    print(safe)
try:
    keyword.issoftkeyword({})
except TypeError as e:
    print("TypeError:", e)
