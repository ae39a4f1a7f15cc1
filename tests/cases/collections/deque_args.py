# deque's constructor arguments (C signature messages), insert's index conversion, huge indexes.
from collections import deque
class S(deque):
    def __init__(self, a, b, c): super().__init__([a, b, c])
print(S(1, 2, 3))
for a, k in [(([], 1, 2), {}), (([], 1), {'x': 2}), ((), {'x': 2}), (([1],), {'iterable': [2]}), (([1], 2), {'maxlen': 3}),
             ((), {'maxlen': 2, 'iterable': 'abc'}), (('ab',), {'maxlen': 1}), ((), {}), ((None,), {})]:
    try:
        print(deque(*a, **k))
    except TypeError as e:
        print("TypeError:", e)
d = deque([1, 2, 3])
d.__init__('xy')
print(d)
d.__init__()
print(d)
for f in [lambda: d.insert('a', 1), lambda: deque([1])[2**100], lambda: deque([1])[-2**100]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    d[2**70] = 0
except IndexError as e:
    print("IndexError", e)
