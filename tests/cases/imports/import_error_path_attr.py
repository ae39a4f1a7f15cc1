import os
try:
    from _shapes import no_such_name
except ImportError as e:
    print(e.name, os.path.basename(e.path))
try:
    import no_such_mod_abc.sub
except ModuleNotFoundError as e:
    print(e, e.name, e.path)
try:
    import _shapes.sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    __import__('no_such_top', fromlist=['x'])
except ImportError as e:
    print(type(e).__name__, e)
print(__import__('_pkg._sub', fromlist=['x']).__name__, __import__('_pkg._sub').__name__)
