# `in` uses __contains__, else __iter__, else __getitem__; results coerced to bool
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x % 2
class WithIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(3 in WithContains(), 4 in WithContains(), 4 not in WithContains())
print(2 in WithIter(), 9 in WithIter(), 9 not in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem(), 40 in WithGetitem())
class Both(WithIter):
    def __contains__(self, x):
        return "always"
print(5 in Both(), list(Both()))
class Nope:
    pass
try:
    1 in Nope()
except TypeError as e:
    print("TypeError:", e)
class NoContains(WithIter):
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
class Counting:
    def __init__(self):
        self.seen = 0
    def __iter__(self):
        for i in range(100):
            self.seen += 1
            yield i
c = Counting()
print(5 in c, c.seen)
class Infinite:
    def __getitem__(self, i):
        return i
print(7 in Infinite())
class Raises:
    def __contains__(self, x):
        raise KeyError(x)
try:
    "k" in Raises()
except KeyError as e:
    print("KeyError:", e)
