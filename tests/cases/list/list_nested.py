# nested lists: matrices, transposition and flattening
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1])
for row in m:
    print(" ".join(str(x) for x in row))
t = [[m[r][c] for r in range(3)] for c in range(3)]
print(t)
print([list(col) for col in zip(*m)])
flat = [x for row in m for x in row]
print(flat)
print(sum(sum(row) for row in m))
diag = [m[i][i] for i in range(3)]
anti = [m[i][2 - i] for i in range(3)]
print(diag, anti)
m[0][0] = 100
print(m[0])
deep = [1, [2, [3, [4, [5]]]]]
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep))
