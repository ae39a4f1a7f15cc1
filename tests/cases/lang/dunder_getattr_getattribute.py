# __getattr__ only on failed lookup, __getattribute__ always, AttributeError in __getattribute__ falls to __getattr__
class Lazy:
    x = "class x"
    def __init__(self):
        self.y = "inst y"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.x, l.y, l.auto_thing)
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "other", "dflt"), hasattr(l, "auto_q"))

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
g = Logged()
print(g.a)
