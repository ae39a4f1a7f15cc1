# without __all__, * exports every name not starting with _, including imported modules
from _noallpkg import *
names = sorted(n for n in dir() if not n.startswith("__"))
print(names)
print(ALPHA, beta, gamma(), Delta.kind)
print(sys is __import__("sys"))
try:
    _private
except NameError as e:
    print("NameError:", e)
try:
    _hidden_sub
except NameError as e:
    print("NameError:", e)
import _noallpkg
print(_noallpkg._private, _noallpkg._hidden_sub.TAG)
beta.append(3)
print(_noallpkg.beta)
ALPHA = "rebound"
print(_noallpkg.ALPHA)
