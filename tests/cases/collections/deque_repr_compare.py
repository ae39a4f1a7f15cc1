from collections import deque

print(repr(deque()), repr(deque([1, 'a', None])), str(deque([1.5])))
d = deque([1])
d.append(d)
print(d)
m = deque([d, 2], 5)
print(m)


class Q(deque):
    pass


q = Q([1, 2])
print(q, Q('ab', 3), type(q.copy()).__name__, q.copy(), Q('xy', 2).copy())
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]))
print(deque([1, 2]) == [1, 2], deque([1]) == (1,))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
print(deque([1], 5) == deque([1]), q == deque([1, 2]))
print(deque([1, 2]) + deque([3]), deque('ab') * 2, 3 * deque([0]), deque([1]) * 0, deque([1, 2]) * -1)
try:
    deque([1]) + [2]
except TypeError as e:
    print("TypeError:", e)
try:
    deque([1]) * 'a'
except TypeError as e:
    print("TypeError:", e)
try:
    deque() < [1]
except TypeError:
    print("TypeError for <")
try:
    hash(deque())
except TypeError:
    print("TypeError for hash")
a = deque([1, 2])
b = a
a += deque([3])
a *= 2
print(a, a is b)
