# hash() of an object keeps its __hash__'s result when it fits a machine word.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for v in [0, 5, -1, -2, 2**62, -2**62, 2**63 - 1, 2**64 + 5, -2**70, True, hash('abc')]:
    print(hash(H(v)) == hash(v), hash(H(v)) if v != hash('abc') else 'str')


class Wrap:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)


print(hash(Wrap('hello')) == hash('hello'), hash(Wrap((1, 'a'))) == hash((1, 'a')))
try:
    hash(H(1.5))
except TypeError as e:
    print("TypeError:", e)
