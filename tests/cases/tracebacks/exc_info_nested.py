# sys.exc_info() inside nested handlers and after them.
import sys

def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, v, tb.tb_lineno if tb else None)

try:
    raise ValueError("outer")
except ValueError:
    show("outer")
    try:
        raise TypeError("inner")
    except TypeError:
        show("inner")
    show("outer again")
show("after")

def helper():
    show("in helper")

try:
    [][1]
except IndexError:
    helper()
