# counting and grouping with dicts
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
by_first = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    if w[0] not in by_first:
        by_first[w[0]] = []
    by_first[w[0]].append(w)
print(by_first)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
letters = {}
for ch in "hello world":
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
print(max(letters, key=letters.get), letters["l"])
