# importlib.util.cache_from_source's optimization and debug_override arguments (the
# interpreter runs at level 0, so None means no opt- part). Only the part after the
# implementation's cache tag is printed.
import importlib.util
import warnings

def tail(p):
    return p.split("-312", 1)[1]

for opt in (None, "", 0, 1, 2, 3, "a1"):
    print(repr(opt), tail(importlib.util.cache_from_source("/a/b.py", optimization=opt)))
for bad in (-1, "x.y", "", 1.5):
    try:
        print(repr(bad), tail(importlib.util.cache_from_source("/a/b.py", optimization=bad)))
    except ValueError as e:
        print("ValueError:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(tail(importlib.util.cache_from_source("/a/b.py", True)))
    print(tail(importlib.util.cache_from_source("/a/b.py", False)))
    print(tail(importlib.util.cache_from_source("/a/b.py", debug_override=0)))
    try:
        importlib.util.cache_from_source("/a/b.py", True, optimization=1)
    except TypeError as e:
        print("TypeError:", e)
