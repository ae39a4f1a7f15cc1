# helper package for relative-import tests; __all__ limits star imports
print("init _rel, __name__ =", __name__)
from ._core import VERSION
from . import _util
__all__ = ["VERSION", "greet", "_util"]

def greet(who):
    return "hello " + who + " from _rel " + VERSION

def not_exported():
    return "not exported"
