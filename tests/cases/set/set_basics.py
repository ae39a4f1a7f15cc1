# set creation, add, discard, remove, membership with small ints
s = {3, 1, 2}
print(s, len(s))
s.add(5)
s.add(1)
print(s)
s.discard(2)
s.discard(100)
print(s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(1 in s, 2 in s, 9 not in s)
print(set(), set([1, 1, 2, 2, 3]), set(range(5)), set((4, 4, 0)))
print(len(set()), bool(set()), bool({0}))
dupes = [5, 3, 5, 1, 3, 5, 7]
print(sorted(set(dupes)), len(set(dupes)))
e = set()
for n in range(10):
    e.add(n % 4)
print(e)
print(type(set()).__name__, type({1}).__name__, type({}).__name__)
