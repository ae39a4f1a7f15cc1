# Builtin item dunders reached through super() and called directly.
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)
l = L([1, 2, 3])
l[0] = 5
print(l[0], l[1:], list(l))
del l[0]
print(list(l), list.__getitem__([7, 8], -1), tuple.__getitem__((1, 2), 0), str.__getitem__("abc", slice(1, None)), range(5).__getitem__(2))
class D(dict):
    def __delitem__(self, k):
        print("deleting", k)
        super().__delitem__(k)
d = D(a=1, b=2)
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
x = [1, 2, 3]
x.__setitem__(1, 9); x.__delitem__(0); print(x, x.__getitem__(0))
try:
    [].__getitem__(3)
except IndexError as e:
    print(e)
