# importlib.import_module with a package anchor.
import importlib

p = importlib.import_module("_pkg")
print(p.__name__)
for name in sorted(n for n in dir(p) if not n.startswith("__")):
    print(" ", name)
try:
    importlib.import_module("..x", package="_pkg")
except ImportError as e:
    print("ImportError:", e)
