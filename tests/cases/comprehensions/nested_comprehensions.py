# nested comprehensions: multiple for clauses and comprehensions inside comprehensions
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row if v % 2])
print([c for word in ["ab", "cd"] for c in word])
print([[c for c in w] for w in ["xy", "z"]])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
grid = [["." if (r + c) % 2 else "#" for c in range(5)] for r in range(3)]
for row in grid:
    print("".join(row))
print({k: [v for v in range(k)] for k in range(4)})
print(sum([[i] * i for i in range(4)], []))
table = [[f"{r}x{c}={r * c}" for c in range(1, 4)] for r in range(1, 4)]
for row in table:
    print(" ".join(row))
