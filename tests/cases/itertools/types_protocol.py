import itertools

names = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
         'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
         'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'zip_longest']
for n in names:
    cls = getattr(itertools, n)
    print(cls, cls.__name__, cls.__module__, isinstance(cls, type))
print([n for n in dir(itertools) if not n.startswith('__')])
objs = [itertools.count(), itertools.cycle('a'), itertools.repeat(1), itertools.chain(),
        itertools.islice('a', 1), itertools.tee('a')[0], itertools.groupby('a'),
        itertools.product('a'), itertools.zip_longest('a')]
for o in objs:
    print(type(o).__name__, iter(o) is o, hasattr(o, '__next__'), o.__iter__() is o)
print(itertools.tee, type(itertools.tee).__name__)
it = itertools.chain('ab')
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(next(it, 'default'))
print(isinstance(itertools.count(), itertools.count), isinstance(itertools.count(), itertools.cycle))
class Counter(itertools.count):
    def __init__(self, *args):
        self.note = 'sub'
c = Counter(10, 5)
print(repr(c), next(c), c.note, type(c).__name__)
class R(itertools.repeat):
    pass
print(repr(R('x', 2)), list(R('x', 2)))
for n in ['_grouper', '_tee']:
    try:
        class Bad(getattr(itertools, n)):
            pass
    except TypeError as e:
        print("TypeError:", e)
