# "Did you mean" suggestions for NameError and AttributeError in traceback.py.
import sys
import traceback
def run(fn):
    try:
        fn()
    except Exception as e:
        print(traceback.format_exception_only(e))
        print(traceback.TracebackException.from_exception(e).format_exception_only().__next__())
def a(): pritn("x")
def b(): "abc".uper()
def c():
    values = 1
    return valeus
def d(): return lenn([])
class K:
    def __init__(self): self.total = 1
    def m(self): return total
    def n(self): return self.totl
def e(): return K().m()
def f(): return K().n()
def g(): return sys.exc_inf
def h(): return Len
for fn in (a, b, c, d, e, f, g, h):
    run(fn)
