# truth testing: __bool__ wins over __len__, error messages for bad returns
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class B(L):
    def __bool__(self):
        print("bool called")
        return self.n > 10
print(bool(L(0)), bool(L(3)))
print(bool(B(0)), bool(B(20)))
print("yes" if L(2) else "no", "yes" if B(2) else "no", not L(0), not B(0))
x = L(0) or "fallback"
print(x)
print(len(B(5)))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class Nothing:
    pass
print(bool(Nothing()), bool(Nothing), not Nothing())
class NoneBool:
    __bool__ = None
    def __len__(self):
        return 5
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
items = [L(0), L(1), B(11), B(1)]
print([bool(i) for i in items].count(True))
while L(0):
    print("never")
print(any([L(0), B(0)]), all([L(1), B(11)]))
