# builtins applied to lists: enumerate, zip, map, filter, any, all
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(enumerate(names)), list(enumerate(names, 1)))
print(list(zip(names, ages)))
print(list(map(len, names)), list(map(lambda n: n.upper(), names)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, [0, 1, "", "x", [], [0]])))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
print(any(a > 35 for a in ages), all(len(n) <= 3 for n in names))
print(sum(ages) / len(ages), max(ages), min(names, key=len))
print(sorted(zip(ages, names)))
print(dict(zip(names, ages)))
total = 0
for idx, (n, a) in enumerate(zip(names, ages)):
    total += idx * a
    print(idx, n, a)
print(total)
