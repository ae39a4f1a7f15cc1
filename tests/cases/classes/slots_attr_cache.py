# Slots and instance attributes stored and read through the same code repeatedly.
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class W(V):
    pass                      # has a __dict__ again

def touch(o):
    o.x = o.x + 1
    return o.x, o.y

for o in [V(1, 2), W(3, 4), V(5, 6)]:
    print(touch(o), touch(o))
w = W(0, 0)
w.z = 9
print(w.z)
v = V(0, 0)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
del v.y
try:
    print(v.y)
except AttributeError as e:
    print("AttributeError:", e)

class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
def setter(o):
    for i in range(3):
        o.a = i
    return o.a
print(setter(S()))
class Plain:
    pass
print(setter(Plain()))
S.__setattr__ = lambda self, n, v: object.__setattr__(self, n, -v)
print(setter(S()))

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value + 100
p = Prop()
for i in range(3):
    p.v = i
print(p.v, p._v)
