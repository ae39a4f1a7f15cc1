# break and continue only affect the innermost loop
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    print("end inner", i)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
count = 0
i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    j = 0
    while j < i:
        j += 1
        count += 1
print("count", count)
pairs = [(a, b) for a in range(3) for b in range(3) if a < b]
print(pairs)
