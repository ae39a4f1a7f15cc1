# removing duplicates while preserving order, set comprehensions
items = [4, 1, 4, 2, 1, 3, 2, 5, 0]
seen = set()
ordered = []
for x in items:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered)
print(sorted(seen))
print(list(dict.fromkeys(items)))
print({x % 3 for x in items})
print(sorted({x * x for x in range(-3, 4)}))
words = ["b", "a", "b", "c", "a"]
print(sorted(set(words)), len(set(words)))
print(sorted({w.upper() for w in words}))
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(threes - evens))
