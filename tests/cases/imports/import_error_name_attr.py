# ImportError.name / ModuleNotFoundError.name record which module was involved
try:
    import _missing_abc
except ModuleNotFoundError as e:
    print(e.name, e.args)
try:
    import _rel._missing_sub
except ModuleNotFoundError as e:
    print(e.name)
try:
    from _once import not_there
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _bad_import
except ImportError as e:
    print(type(e).__name__, e.name)
e = ImportError("custom message", name="some_mod")
print(e, e.name, e.args)
e2 = ImportError("plain")
print(e2.name, e2.args)
try:
    raise ModuleNotFoundError("by hand", name="x")
except ImportError as err:
    print(type(err).__name__, err, err.name)
