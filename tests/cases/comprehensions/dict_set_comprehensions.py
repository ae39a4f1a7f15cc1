# dict and set comprehensions with filters and key collisions
words = ["apple", "bat", "cherry", "dog", "egg", "banana"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w) for w in words})
print({k: v for k, v in zip("abc", range(3))})
print({n: n ** 2 for n in range(10) if n % 3 == 0})
scores = {"ann": 82, "bob": 45, "cy": 91, "dee": 67}
print({k: ("pass" if v >= 60 else "fail") for k, v in scores.items()})
print({v: k for k, v in scores.items() if v > 60})
print(sorted({w[-1] for w in words}))
print({x % 4 for x in range(20)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print(len({w for w in words}), {i for i in []})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
lookup = {i: chr(97 + i) for i in range(5)}
print(lookup, {v: k for k, v in lookup.items()}["c"])
