# chain takes its iterables one at a time, iter()ing each only when it is reached.
from itertools import chain

def gen(name, n):
    print("start", name)
    for i in range(n):
        print(name, "yields", i)
        yield i
    print("end", name)

c = chain(gen('a', 2), gen('b', 1))
print("created")
for x in c:
    print("got", x)
print(list(chain()), list(chain([], (), '')), list(chain('ab', [1], range(2))))
print(list(chain.from_iterable(['ab', 'cd'])))

def sources():
    print("source 1")
    yield [1, 2]
    print("source 2")
    yield (3,)

f = chain.from_iterable(sources())
print(next(f), next(f), next(f))
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))
for bad in [lambda: chain(x=1), lambda: chain.from_iterable(), lambda: chain.from_iterable(1),
            lambda: chain.from_iterable([], []), lambda: chain.from_iterable(x=[])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class MyChain(chain):
    def extra(self):
        return "extra"
m = MyChain('ab', 'c')
print(type(m).__name__, m.extra(), list(m), isinstance(m, chain))
print(type(MyChain.from_iterable(['x'])).__name__)
