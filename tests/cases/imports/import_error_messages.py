# ModuleNotFoundError / ImportError messages (without the file path part)
def report(e):
    print(type(e).__name__ + ":", str(e).split(" (")[0])

try:
    import _missing_xyz
except ImportError as e:
    report(e)
try:
    import _rel._missing
except ImportError as e:
    report(e)
try:
    import _once._child
except ImportError as e:
    report(e)
try:
    from _once import missing_name
except ImportError as e:
    report(e)
try:
    from _rel import missing_name
except ImportError as e:
    report(e)
try:
    from _rel._missing import x
except ImportError as e:
    report(e)
from _once import add
print("ok:", add(1))
try:
    import _rel._sub._nope
except ImportError as e:
    report(e)
try:
    import _missing_xyz
except ModuleNotFoundError as e:
    print(isinstance(e, ImportError), issubclass(ModuleNotFoundError, ImportError))
try:
    from _names_mod import nothing
except ModuleNotFoundError:
    print("wrong: ModuleNotFoundError")
except ImportError as e:
    print(type(e).__name__)
