import sys, os
import _pkg
import _pkg._sub as sub
import json
here = os.path.dirname(os.path.abspath(__file__))
def rel(p):
    return None if p is None else os.path.relpath(p, here)
for m in (_pkg, sub):
    s = m.__spec__
    print(s.name, rel(s.origin), s.parent, s.has_location, s.loader is m.__loader__)
    print(s.submodule_search_locations is None, [rel(p) for p in (s.submodule_search_locations or [])])
    print(type(s.loader).__name__, s.loader.get_filename(s.name) == m.__file__)
    print(s.cached == m.__cached__)
print(sys.__spec__, sys.__loader__)
print(__spec__)
print(json.__spec__.name, json.__spec__.parent, json.__spec__.submodule_search_locations is not None)
print(type(sys.meta_path).__name__, len(sys.meta_path) >= 3, type(sys.path_hooks).__name__)
print(isinstance(sys.path_importer_cache, dict))
