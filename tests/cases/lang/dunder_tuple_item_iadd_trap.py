# t[0] += [x] on a tuple holding a list mutates the list and then raises TypeError
t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
class Obj:
    def __init__(self): self.items = [1]
class ROProp:
    def __init__(self): self._l = [1]
    @property
    def items(self): return self._l
r = ROProp()
try:
    r.items += [2]
except AttributeError as e:
    print("AttributeError:", e)
print(r.items)
d = {"k": (1,)}
d["k"] += (2,)
print(d)
s = "a"
strs = [s]
strs[0] += "b"
print(strs, s)
