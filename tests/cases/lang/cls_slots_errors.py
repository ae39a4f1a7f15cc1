# __slots__: no __dict__, AttributeError messages for missing/unset slots, inheritance, class var conflict
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
print(P.__slots__)

class Child(P):
    pass
c = Child(5)
c.anything = "ok"
print(c.anything, c.x)

class Strict(P):
    __slots__ = ("w",)
s = Strict(1)
s.w = 2
print(s.x, s.w)
try:
    s.v = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
