from itertools import islice, count

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None)), list(islice('ABC', None, None, None)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice('AB', 5, 10)), list(islice('ABC', 0)))
import sys
print(list(islice('ABC', 1, sys.maxsize)))

def src():
    for i in range(10):
        print("read", i)
        yield i

it = src()
print(list(islice(it, 1, 5, 2)))
print(next(it))
for args in [('a',), ('a', 1, 2, 3, 4), ('a', -1), ('a', 'x'), ('a', -1, 3), ('a', 1, -3),
             ('a', 1, 3, 0), ('a', 1, 3, 'z'), ('a', 1, 3, -1), (1, 1), ('a', 2**64),
             ('a', 2**64, 3), ('a', 1.0), ('a', 'x', 3)]:
    try:
        islice(*args)
        print("ok", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    islice('a', stop=1)
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 2
print(list(islice('abcdef', Idx(), None, Idx())))
