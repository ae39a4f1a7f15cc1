# __index__ used by indexing/slicing/bin/hex/range; __int__/__float__ used by int()/float(); bad returns
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print("abcdef"[i], [0, 1, 2, 3][Idx(1):Idx(3)], bin(i), hex(Idx(255)), oct(i))
print(list(range(Idx(3))), int(i), "x" * Idx(3), [1, 2] * Idx(2))
print(operator_like := (10).__pow__(Idx(2)) if False else pow(Idx(2), 2) if False else 0)
class OnlyInt:
    def __int__(self): return 7
print(int(OnlyInt()))
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self): return 2.5
print(float(F()))
class BadIndex:
    def __index__(self): return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.0]
except TypeError as e:
    print("TypeError:", e)
