# __bool__ must return a bool exactly: ints, None and bool subclasses are rejected
class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value

print(bool(Flag(True)), bool(Flag(False)), not Flag(True))
print("yes" if Flag(True) else "no", [x for x in [Flag(False), Flag(True)] if x].__len__())
for bad in (1, 0, None, "yes", 1.0):
    try:
        bool(Flag(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    if Flag(2):
        pass
except TypeError as e:
    print("TypeError in if:", e)
try:
    print(Flag(0) and "x")
except TypeError as e:
    print("TypeError in and:", e)
try:
    while Flag([]):
        break
except TypeError as e:
    print("TypeError in while:", e)

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

print(bool(Both()), len(Both()), Flag(False) or 1)
