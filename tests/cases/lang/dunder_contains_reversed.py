# __contains__ result coerced to bool, 'not in', fallback to __iter__; __reversed__ and __len__+__getitem__ reversal
class C:
    def __contains__(self, x):
        print("contains", x)
        return x % 2
print(3 in C(), 4 in C(), 4 not in C())
class ItOnly:
    def __iter__(self):
        print("iter used")
        yield from (1, 2, 3)
print(2 in ItOnly(), 9 in ItOnly())
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError
        return "abc"[i]
print(list(reversed(SeqRev())))
class NoRev:
    def __iter__(self): return iter([1])
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(range(3))), list(reversed([1, 2])), list(reversed({"a": 1, "b": 2})))
