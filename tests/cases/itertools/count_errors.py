from itertools import count

for args, kw in [((1, 2, 3), {}), ((), {'x': 1}), (('a',), {}), ((1, 'b'), {}),
                 ((None,), {}), (([],), {}), ((), {'start': 1, 'start2': 2})]:
    try:
        count(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(repr(count(step=3)), repr(count(start=-2)))
class Idx:
    def __index__(self):
        return 4
print(repr(count(Idx())) .startswith('count(<'))
