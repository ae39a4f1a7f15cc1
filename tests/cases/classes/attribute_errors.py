# AttributeError messages, getattr/setattr/hasattr with defaults
class A:
    x = 1
    def __init__(self):
        self.y = 2

a = A()
try:
    a.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real_part
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "default"))
setattr(a, "z", 26)
print(a.z, hasattr(a, "z"), hasattr(a, "w"))
try:
    getattr(a, "w")
except AttributeError as e:
    print("AttributeError:", e)
name = "dynamic"
setattr(A, name, "class-level")
print(a.dynamic, A().dynamic)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
