# dict subclass: fromkeys/copy return types, __init__ override, __repr__ of subclass, equality with dict
class MyDict(dict):
    def __init__(self, *args, **kw):
        print("MyDict.__init__", args, kw)
        super().__init__(*args, **kw)
m = MyDict.fromkeys("ab", 0)
print(type(m).__name__, m)
print(type(m.copy()).__name__, m == {"a": 0, "b": 0})
class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + super().__repr__() + ")"
o = Ordered(x=1)
print(o, str(o), [o])
print(type(o | {"y": 2}).__name__, type({"y": 2} | o).__name__)
o |= {"z": 3}
print(o, type(o).__name__)
class Keys(dict):
    def keys(self):
        print("custom keys")
        return ["only"]
k = Keys(only=1, other=2)
print(dict(k), {**k})
