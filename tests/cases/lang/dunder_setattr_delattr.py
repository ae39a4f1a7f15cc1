# __setattr__/__delattr__ intercept all assignments including in __init__; object.__setattr__ bypass
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(1)
print(f.x)
for op in [lambda: setattr(f, "x", 2), lambda: delattr(f, "x")]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.y = 5
except AttributeError as e:
    print("AttributeError:", e)

class Tracking:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)
t = Tracking()
t.a += 1
print(t.a, t.b)
del t.b
print(vars(t))
try:
    del t.zzz
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
