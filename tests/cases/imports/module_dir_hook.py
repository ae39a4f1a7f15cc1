import _dir_hook
print(dir(_dir_hook), _dir_hook.lazy)
from _dir_hook import lazy
print(lazy)
try:
    from _dir_hook import nothere
except ImportError as e:
    print(e.name, e.path is not None, str(e).split(' (')[0])
import importlib
m = importlib.import_module('_dir_hook')
print(importlib.reload(m) is m)
import sys
sys.modules['_alias'] = m
import _alias
print(_alias is m)
