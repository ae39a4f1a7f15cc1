# A function frame's f_locals reflects its variables; writing to it changes nothing.
import sys

def f():
    x = 1
    loc = sys._getframe().f_locals
    loc["x"] = 99
    print(x)
    y = 2
    print(sorted(k for k in sys._getframe().f_locals if k != "new"))
    del x
    print(sorted(k for k in sys._getframe().f_locals if k != "new"))
    print(sys._getframe().f_locals["y"])

f()
