# Iterating over a deque notices any change of length or order; setting an item
# does not count.
from collections import deque


def attempt(label, mutate):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    mutate(d)
    try:
        print(label, list(it))
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


attempt("append", lambda d: d.append(4))
attempt("appendleft", lambda d: d.appendleft(0))
attempt("pop", lambda d: d.pop())
attempt("popleft", lambda d: d.popleft())
attempt("setitem", lambda d: d.__setitem__(0, 9))
attempt("reverse", lambda d: d.reverse())
attempt("rotate", lambda d: d.rotate(1))
attempt("rotate0", lambda d: d.rotate(0))
attempt("extend-empty", lambda d: d.extend([]))
attempt("extend", lambda d: d.extend([5]))
attempt("clear", lambda d: d.clear())
attempt("remove", lambda d: d.remove(3))
attempt("insert", lambda d: d.insert(1, 7))
attempt("delitem", lambda d: d.__delitem__(0))
attempt("count", lambda d: d.count(1))

d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print("loop:", e)
print(d)

r = reversed(deque('abc'))
print(next(r), list(r))
q = deque('abc')
r = reversed(q)
q.appendleft('z')
try:
    next(r)
except RuntimeError as e:
    print("reversed:", e)


class Sneaky:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append('x')
        return False


d = deque([1, 2])
try:
    Sneaky(d) in d
except RuntimeError as e:
    print("contains:", e)
