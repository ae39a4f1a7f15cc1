# equivalence of comprehensions and explicit loops
data = [4, 7, 1, 8, 3, 9, 2]
loop_result = []
for d in data:
    if d > 3:
        loop_result.append(d * 10)
comp_result = [d * 10 for d in data if d > 3]
print(loop_result, comp_result, loop_result == comp_result)
pairs_loop = []
for a in "ab":
    for b in "xyz":
        if b != "y":
            pairs_loop.append(a + b)
print(pairs_loop == [a + b for a in "ab" for b in "xyz" if b != "y"], pairs_loop)
index = {}
for i, d in enumerate(data):
    index[d] = i
print(index == {d: i for i, d in enumerate(data)})
running = []
total = 0
for d in data:
    total += d
    running.append(total)
print(running)
print([sum(data[:i + 1]) for i in range(len(data))])
