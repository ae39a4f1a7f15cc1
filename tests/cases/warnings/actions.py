import sys
import warnings

sys.stderr = sys.stdout
reg = {}


def w(text, line, registry=reg, cat=UserWarning, module="m"):
    warnings.warn_explicit(text, cat, "f.py", line, module=module, registry=registry)


warnings.simplefilter("ignore")
w("a", 1)
print(reg)
warnings.simplefilter("always")
w("b", 1)
w("b", 1)
print(reg)
warnings.simplefilter("default")
w("c", 1)
w("c", 1)
w("c", 2)
print(reg)
warnings.simplefilter("module")
w("d", 1)
w("d", 2)
w("d", 3, registry=None)
w("d", 3, registry=None)
print(reg)
warnings.simplefilter("once")
w("e", 1)
w("e", 2)
w("e", 3, registry={})
w("e", 4, registry=None)
w("e", 5, registry=None)
print(warnings.onceregistry)
print(reg)
warnings.simplefilter("default")
w("f", 1, registry=None)
w("f", 1, registry=None)
try:
    w("g", 1, registry=[])
except TypeError as e:
    print(e)
