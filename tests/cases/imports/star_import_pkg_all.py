# from package import * follows the package __init__'s __all__
from _rel import *
names = sorted(n for n in dir() if not n.startswith("__"))
print(names)
print(VERSION, greet("star"), _util.quad(4))
try:
    not_exported()
except NameError as e:
    print("NameError:", e)
try:
    _core
except NameError as e:
    print("NameError:", e)
import _rel
print(_rel.__all__)
print(sorted(n for n in dir(_rel) if not n.startswith("__")))
def inside():
    return greet("inside")
print(inside())
