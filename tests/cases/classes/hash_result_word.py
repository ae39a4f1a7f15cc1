# A __hash__ result that fits in a machine word is hash()'s result unchanged (-1 becomes
# -2); a bigger int is reduced as ints hash.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in (0, 5, -1, -2, 2**61 - 1, 2**61, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**63, 2**64 + 5, -(2**70)):
    print(h, hash(H(h)))
print(hash(H(hash('abc'))) == hash('abc'))
print(hash(H(True)))
try:
    hash(H(1.5))
except TypeError as e:
    print(e)
