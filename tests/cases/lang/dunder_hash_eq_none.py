# defining __eq__ sets __hash__ to None -> unhashable; explicit __hash__ restores; inheriting behaviour
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__)
for op in [lambda: hash(OnlyEq()), lambda: {OnlyEq()}, lambda: {OnlyEq(): 1}]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s)

class Child(OnlyEq): pass
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)
class Restored(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(Restored())).__name__)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)
class HashOnly:
    def __hash__(self): return 42
print(hash(HashOnly()), HashOnly() == HashOnly())
class BadHash:
    def __hash__(self): return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
