# iteration order of sets of small ints, including after removals and re-adds
print({5, 3, 9, 1, 7}, {10, 2, 30, 4}, set(range(10, 0, -1)))
s = {8, 16, 24, 32}
print(s)
s.add(0)
print(s)
s = set()
for v in [33, 1, 65, 2, 97]:
    s.add(v)
print(s, list(s))
s.remove(1)
s.add(129)
print(s)
s.discard(33)
s.add(1)
print(s)
t = set(range(20))
for v in range(0, 20, 3):
    t.remove(v)
print(t)
t.update([40, 3, 100, 6])
print(t)
u = {-1, -2, 0, 1, 2}
print(u, {-5, 5, -10, 10})
w = {100, 200, 300, 8, 9}
w.pop()
print(w)
x = set()
for i in range(50):
    x.add(i * 7 % 50)
print(x)
for i in range(0, 50, 2):
    x.discard(i)
print(x)
print([v for v in {3, 11, 19, 27}], sorted({3, 11, 19, 27}))
print({1, 2} | {9, 17}, {9, 17} | {1, 2}, {1, 9, 17} - {9}, {1, 9, 17} & {17, 1})
print({i: None for i in [9, 1, 5]}.keys() | {3})
