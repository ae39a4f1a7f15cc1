# A function frame's f_locals is the locals() dict, refreshed at each access;
# writing to it changes no variable.
import sys

def f():
    x = 1
    loc = sys._getframe().f_locals
    loc["x"] = 99
    loc["new"] = 5
    print(x)
    y = 2
    print(sorted(sys._getframe().f_locals))
    del x
    print(sorted(sys._getframe().f_locals))
    print(loc is sys._getframe().f_locals, loc is locals())
    return sys._getframe()

fr = f()
print(sorted(fr.f_locals), fr.f_locals is fr.f_locals)

def gen():
    a = 1
    yield locals()
    b = 2
    yield

g = gen()
first = next(g)
print(first is g.gi_frame.f_locals, sorted(first))
next(g)
print(sorted(g.gi_frame.f_locals), sorted(first))
