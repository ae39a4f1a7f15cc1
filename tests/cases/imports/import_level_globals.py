import sys, importlib
for src in ['from . import x', 'from .. import x', 'from .m import y']:
    try:
        exec(src, {'__name__': '__main__'})
    except ImportError as e:
        print(type(e).__name__, e, e.name, e.path)
try:
    exec('from .. import x', {'__name__': 'a', '__package__': 'a'})
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__package__': 3}, None, [], 1)
except TypeError as e:
    print('TypeError', e)
try:
    __import__('x', {}, None, [], 1)
except KeyError as e:
    print('KeyError', e)
try:
    __import__('x', [], None, [], 1)
except TypeError as e:
    print('TypeError', e)
g = {'__name__': 'whatever', '__spec__': None, '__package__': None, '__path__': []}
print(__import__('_pkg', g, None, ['_sub'], 0).__name__)
try:
    __import__('x', {'__name__': 'top'}, None, [], 1)
except ImportError as e:
    print('ImportError', e)
print(__import__('_sub', {'__name__': '_pkg', '__package__': '_pkg'}, None, ['x'], 1).__name__)
print(importlib.import_module('._sub', '_pkg').__name__, importlib.import_module('.._other', '_pkg._sub').__name__)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError', e)
import _pkg._sub as d
print(d.__name__)
import _lazy_attrs as la
print(dir(la)[:5])
try:
    import _pkg.__nope__
except ModuleNotFoundError as e:
    print(e)
print(sys.modules['_pkg'].__spec__.submodule_search_locations == _pkg.__path__ if (_pkg := sys.modules['_pkg']) else 0)
m = sys.modules.pop('_shapes', None)
sys.modules['fake_none'] = None
try:
    import fake_none
except ImportError as e:
    print(type(e).__name__, e, e.name)
