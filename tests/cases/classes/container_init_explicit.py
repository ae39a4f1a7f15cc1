# Subclasses calling the builtin containers' __init__ explicitly.
class D(dict):
    def __init__(self, factory, *a, **k):
        self.factory = factory
        dict.__init__(self, *a, **k)
print(D(list, {'a': 1}, b=2), D(list).factory)

class L(list):
    def __init__(self, *a):
        list.__init__(self, *a)
l = L([1, 2])
print(l)
list.__init__(l, 'xy')   # list.__init__ empties first
print(l)
list.__init__(l)
print(l)

class S(set):
    def __init__(self, it=()):
        set.__init__(self, it)
s = S([3, 1])
set.__init__(s, [7])
print(s)

for bad in [lambda: list.__init__([], 1, 2), lambda: dict.__init__({}, 1, 2),
            lambda: list.__init__([], x=1), lambda: set.__init__(set(), [1], [2])]:
    try:
        bad()
    except TypeError as e:
        print(e)
d = {}
dict.__init__(d, [('k', 'v')], z=0)
print(d)
