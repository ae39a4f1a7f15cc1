# any, all, callable, hasattr, getattr, setattr on many inputs
print(any([]), all([]), any([0, ""]), all([1, "a"]), any("") , all(""))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5]), all([[], 1]))
calls = []
def pred(x):
    calls.append(x)
    return x > 2
print(any(pred(x) for x in [1, 3, 5, 7]), calls)
calls.clear()
print(all(pred(x) for x in [3, 1, 5]), calls)
print(callable(print), callable(int), callable(0), callable("s"), callable(lambda: 1))
class C:
    attr = 1
    def m(self):
        return 2
c = C()
print(hasattr(c, "attr"), hasattr(c, "m"), hasattr(c, "nope"), hasattr([], "append"))
print(getattr(c, "m")(), getattr([1, 2], "count")(1), getattr(c, "zz", 0))
setattr(c, "attr", 5)
print(c.attr, C.attr)
