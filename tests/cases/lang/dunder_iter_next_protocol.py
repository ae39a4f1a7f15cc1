# __iter__/__next__ protocol: StopIteration ends loops, iter() of iterator returns itself, errors for bad __iter__
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
c2 = Countdown(2)
print(iter(c2) is c2, next(c2), next(c2), next(c2, "done"))
try:
    next(c2)
except StopIteration as e:
    print("StopIteration", e.args)

class Reusable:
    def __iter__(self):
        return iter([1, 2, 3])
r = Reusable()
print(list(r), sum(r), max(r), 2 in r)
a, b, c = r
print(a, b, c)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self): return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5: pass
except TypeError as e:
    print("TypeError:", e)
