# an iterator class whose __iter__ returns self: single pass, shared state
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(iter(c) is c, list(c), list(c))
c = Countdown(5)
for x in c:
    if x == 3:
        break
print(list(c))
c = Countdown(4)
print(next(c), [x * 10 for x in c], next(c, "empty"))
a = Countdown(3)
print(list(zip(a, a)))
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(4)))
print(3 in Countdown(5), 9 in Countdown(5))
x, y, *rest = Countdown(5)
print(x, y, rest)

class NotIterator:
    def __iter__(self):
        return 42

try:
    iter(NotIterator())
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self

try:
    for _ in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
print(dict(enumerate(Countdown(3))))
