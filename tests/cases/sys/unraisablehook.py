# A replaced sys.unraisablehook gets errors from __del__ methods.
import sys

def hook(u):
    print("unraisable:", type(u).__name__, u.exc_type.__name__, u.exc_value,
          u.err_msg, u.object.__name__, u.exc_traceback is not None)

sys.unraisablehook = hook

class A:
    def __del__(self):
        raise ValueError("in del")

a = A()
del a
print("after del")
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
