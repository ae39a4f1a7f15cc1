# __len__ must return a non-negative int (or an object with __index__)
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

class Idx:
    def __index__(self):
        return 4

print(len(Sized(3)), len(Sized(True)), len(Sized(Idx())))
for bad in (2.0, "3", None, -1, [1]):
    try:
        print(len(Sized(bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    bool(Sized(-2))
except ValueError as e:
    print("ValueError in bool:", e)
try:
    if Sized(1.5):
        pass
except TypeError as e:
    print("TypeError in if:", e)
print(bool(Sized(0)), bool(Sized(7)))

class NoLen:
    pass

try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
print(bool(NoLen()))
try:
    len(Sized(2 ** 70))
except OverflowError as e:
    print("OverflowError:", e)
