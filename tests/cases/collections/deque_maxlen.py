from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
print(d.maxlen)
d.appendleft('x')
print(d)
d.extend('abcd')
print(d)
d.extendleft([1, 2])
print(d)
print(deque(range(10), 4), deque(range(10), maxlen=0), deque([], 2))
print(deque('abc', maxlen=None), deque('abc', maxlen=None).maxlen)

# Consume an iterator with maxlen=0.
it = iter(range(5))
deque(it, maxlen=0)
print(list(it))

# Last n lines idiom.
def tail(lines, n=2):
    return deque(lines, n)


print(tail(['l1', 'l2', 'l3', 'l4']))

full = deque([1, 2], 2)
try:
    full.insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
for bad in (-1, 'a', 2.0):
    try:
        deque(maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    d.maxlen = 10
except AttributeError as e:
    print("AttributeError:", e)
print(deque([1, 2, 3], 3) * 2, deque([1], 5) + deque([2, 3], 1))
m = deque([1, 2, 3], 5)
m *= 3
print(m)
m += [7, 8]
print(m)
print(deque(maxlen=True).maxlen)
