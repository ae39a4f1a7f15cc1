# The same frame gives the same frame object, however it is reached.
import sys

def f():
    here = sys._getframe()
    try:
        raise ValueError
    except ValueError as e:
        print(e.__traceback__.tb_frame is here)
    return here

fr = f()
print(fr is not sys._getframe())
print(fr.f_back is sys._getframe())

def g():
    return sys._getframe(1)
print(g() is sys._getframe())
