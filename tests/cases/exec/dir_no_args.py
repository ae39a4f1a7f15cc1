# dir() without arguments: the sorted names of the current local scope.
def f(b, a=1):
    c = 3
    return dir()
print(f(0))
class C:
    z = 1
    y = 2
    names = dir()
print(C.names)
print([n for n in dir() if not n.startswith("__")])
print(eval("dir()", {}, {"q": 1, "p": 2}))
class Keys:
    def __getitem__(self, k): raise KeyError(k)
    def keys(self): return ["k2", "k1"]
print(eval("dir()", {}, Keys()))
