# importlib.import_module, importlib.util's cache paths, py_compile: the parts whose output
# does not depend on the implementation's cache tag.
import importlib
import importlib.util
import sys

m = importlib.import_module("_shapes")
print(m.__name__, m is sys.modules["_shapes"])
print(importlib.import_module("_shapes") is m)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("_no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    importlib.import_module("")
except ValueError as e:
    print("ValueError:", e)

cached = importlib.util.cache_from_source(m.__file__)
print(cached == m.__cached__, "__pycache__" in cached, cached.endswith(".pyc"))
print(importlib.util.source_from_cache(cached) == m.__file__)
print(importlib.util.cache_from_source("/a/b.py").startswith("/a/__pycache__/b."))
print(importlib.util.cache_from_source("/a/b.py", optimization=2).endswith(".opt-2.pyc"))
for bad in ["/a/b.x-312.pyc", "/a/__pycache__/b.pyc", "/a/__pycache__/b.x.y.z.pyc",
            "/a/__pycache__/b.x.nope.pyc"]:
    try:
        importlib.util.source_from_cache(bad)
    except ValueError as e:
        print("ValueError:", e)
print(importlib.util.source_from_cache("/a/__pycache__/b.any-tag.pyc"))
try:
    importlib.util.cache_from_source("/a/b.py", optimization="x.y")
except ValueError as e:
    print("ValueError:", e)
try:
    importlib.util.cache_from_source(42)
except TypeError as e:
    print("TypeError:", e)
h = importlib.util.source_hash(b"print(1)\n")
print(type(h).__name__, len(h), h == importlib.util.source_hash(b"print(1)\n"))
print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
