# truthiness: __bool__ preferred over __len__, and TypeErrors/ValueErrors for bad returns
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
class Ln:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B(False)), bool(Ln(0)), bool(Ln(3)), bool(Both()))
print("yes" if Ln(2) else "no", not B(True))
print(B(True) and "and-result", Ln(0) or "or-result")
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class FloatLen:
    def __len__(self): return 2.0
try:
    if FloatLen(): pass
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
print(bool(object()), len([]) == 0)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
