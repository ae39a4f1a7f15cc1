# helper without __all__: * exports every name not starting with underscore
import sys as _sys
A = 1
B = [2]
_private = 3

def func():
    return "func"

class Klass:
    pass
