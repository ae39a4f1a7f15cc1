# count(): values, reprs (CPython omits a step of int 1), big ints and floats.
from itertools import count, islice

c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(count()), repr(count(1.5, 0.5)), repr(count(0, -1)), repr(count(1, 1.0)))
print(repr(count(True)), repr(count(True, 2)), next(count(True)), next(count(True, 2)))
print(repr(count(2**70)), list(islice(count(2**64 - 2), 4)))
print(list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(10, -3), 4)))
print(list(islice(count(start=3, step=2), 3)))
print(list(islice(count(1j, 1j), 3)))
big = count(9223372036854775806)
print(next(big), next(big), next(big), repr(big))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("add", self.v, other)
        return Num(self.v + other)
    def __float__(self):
        return float(self.v)
    def __repr__(self):
        return f"Num({self.v})"

n = count(Num(1), 10)
print(repr(n))
print(next(n))
print(next(n))
print(repr(n))
print(type(c).__name__, type(c).__module__, iter(c) is c)
