# format_exception_only: the last line(s) of a traceback.
import traceback
from _helper_errors import HelperError

class MyError(Exception):
    pass

class Quiet(Exception):
    def __str__(self):
        return ""

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")

cases = [ValueError("bad value"), ValueError(), MyError("mine"), Quiet("x"),
         Broken(), KeyError("key"), HelperError("helper"), StopIteration(3),
         OSError("plain"), ArithmeticError(1, 2)]
for e in cases:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, ValueError("old form")))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError, None))
