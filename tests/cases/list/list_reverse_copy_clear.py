# reverse, copy (shallow), clear, and aliasing
a = [1, [2, 3], 4]
b = a.copy()
c = a
a.reverse()
print(a, b, c)
b[1].append(99)
print(a, b)
b.append(5)
print(a, b)
c.clear()
print(a, c, b)
d = list(b)
d[0] = "changed"
print(b[0], d[0])
e = b[:]
print(e == b, e is b)
nested = [[0] * 3] * 3
nested[0][0] = 1
print(nested)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
print(list(reversed([1, 2, 3])), [].copy(), [1, 2][::-1])
