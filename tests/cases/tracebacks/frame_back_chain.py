# f_back walks to the callers, also across calls made by builtins.
import sys

def names():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out

def a():
    return b()

def b():
    return names()

print(a())

def key(x):
    print(names())
    return x

sorted([2, 1], key=key)
print(list(map(lambda x: names(), [0])))

class C:
    def __init__(self):
        print(names())

    def __repr__(self):
        return str(names())

C()
print(repr(C.__new__(C)))
