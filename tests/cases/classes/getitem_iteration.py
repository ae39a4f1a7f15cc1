# old-style iteration protocol via __getitem__ stopping at IndexError
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError("done")
        return i * i
print(list(Seq(3)))
for v in Seq(2):
    print("loop", v)
print(sum(Seq(0)), tuple(Seq(1)))
it = iter(Seq(2))
print(next(it), next(it), next(it, "end"), next(it, "still end"))
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
class Other:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("not an IndexError")
        return i
try:
    list(Other())
except KeyError as e:
    print("KeyError:", e)
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print(list(Letters()), "".join(Letters()), sorted(Letters(), reverse=True))
a, b, c = Letters()
print(a, b, c, [x.upper() for x in Letters()], dict(enumerate(Letters())))
print(max(Letters()), "b" in Letters(), list(zip(Letters(), range(10))))
print(list(map(str.upper, Letters())), set(Letters()) == {"a", "b", "c"})
try:
    reversed(Letters())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Letters())
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
