# frozenset immutability, hashing and mixing with set
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
print(frozenset(), frozenset(range(3)))
g = f | {4}
print(g, type(g).__name__)
h = {4} | f
print(h, type(h).__name__)
print(f & {1, 9}, f - {1}, f ^ frozenset([3, 5]))
print(f == {1, 2, 3}, frozenset([1]) == frozenset([1]))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
groups = {frozenset([1, 2]): "a", frozenset([3]): "b"}
print(groups[frozenset([2, 1])])
sets = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(sets))
print(sorted(sorted(x) for x in sets))
