# truthiness falls back to __len__ when __bool__ is absent; default objects are truthy
class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Plain:
    pass

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __len__(self):
        return 99

print(bool(Bag([])), bool(Bag([1])), bool(Plain()), bool(Flag(False)), len(Flag(False)))
for obj in [Bag([]), Bag("ab"), Flag(True)]:
    if obj:
        print(type(obj).__name__, "truthy")
    else:
        print(type(obj).__name__, "falsy")
print(not Bag([]), Bag([0]) and "yes")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
