from collections import deque

d = deque(range(7))
for n in [1, 2, -1, -3, 0, 7, 9, -10, 100]:
    d.rotate(n)
    print(n, d)
d.rotate()
print(d)
e = deque()
e.rotate(5)
print(e)
f = deque('x')
f.rotate(-3)
print(f)
g = deque('abcdef')
g.popleft()
g.appendleft('A')
g.rotate(2)
print(g, g[0], g[5])
try:
    g.rotate('1')
except TypeError as e:
    print("TypeError:", e)
# Rotation as a round-robin scheduler.
tasks = deque(['a', 'b', 'c'])
order = []
for _ in range(7):
    order.append(tasks[0])
    tasks.rotate(-1)
print(order)
