from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[-1], d[1], d[-2])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft('ab')
print(d)
print(list(d), list(reversed(d)), tuple(d))
print(2 in d, 'a' in d, 99 in d)
print(d.count(3), d.index(3), d.index('a'), d.index(4, 2), d.index(5, -2))
d[0] = 'B'
d[-1] = 50
print(d)
del d[1]
del d[-2]
print(d)
d.insert(0, 'first')
d.insert(100, 'last')
d.insert(-1, 'before-last')
d.insert(3, 'mid')
print(d)
d.remove('mid')
print(d)
d.reverse()
print(d)
d.clear()
print(d, len(d))
print(deque('hello'), deque(range(5)), deque((x * x for x in range(4))))
print(deque([1, 2, 3]).copy(), deque(deque([7, 8])))

# Popping past a rebalance point from either side keeps the order.
e = deque(range(10))
out = []
while e:
    out.append(e.popleft() if len(out) % 3 else e.pop())
print(out)
e = deque()
for i in range(6):
    e.appendleft(i)
print(e, e.pop(), e.pop(), e.popleft(), e)
