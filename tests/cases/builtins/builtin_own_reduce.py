# the builtin classes with a __reduce__ of their own (set, bytearray, range, slice, exceptions)
import pickle, copy
e = ValueError(1, 'a'); e.x = 5
for p in range(6):
    r = pickle.loads(pickle.dumps(e, p))
    print(p, repr(r), r.x)
print(copy.deepcopy(e).x, e.__reduce__())
class MySet(set):
    def __getstate__(self): return {'tag': 1}
print(MySet({1}).__reduce__(), set.__reduce__({2}), frozenset({3}).__reduce_ex__(2))
print(bytearray(b'ab').__reduce__(), bytearray(b'ab').__reduce_ex__(3), range(1, 5).__reduce__(), slice(3).__reduce__())
print('__reduce__' in set.__dict__, '__setstate__' in dir(ValueError), ValueError.__reduce__ is object.__reduce__)
x = ValueError(); x.__setstate__({'a': 1}); print(x.a)
try: x.__setstate__(5)
except TypeError as er: print(er)
x.__setstate__(None)
