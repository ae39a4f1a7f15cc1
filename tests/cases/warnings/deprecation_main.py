# DeprecationWarning shows in __main__ but is ignored by default elsewhere.
import sys
import warnings

sys.stderr = sys.stdout
for f in warnings.filters:
    print(f)
warnings.warn_explicit("dep in main", DeprecationWarning, "x.py", 1, module="__main__")
warnings.warn_explicit("dep elsewhere", DeprecationWarning, "x.py", 2, module="other")
warnings.warn_explicit("pending", PendingDeprecationWarning, "x.py", 3, module="__main__")
warnings.warn_explicit("import", ImportWarning, "x.py", 4)
warnings.warn_explicit("resource", ResourceWarning, "x.py", 5)
warnings.warn_explicit("user", UserWarning, "x.py", 6, module="other")
print(warnings.defaultaction, warnings.onceregistry)
print(sorted(warnings.__all__))
