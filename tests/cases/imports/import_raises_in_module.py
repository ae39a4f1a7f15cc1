# a module that raises while importing is removed from sys.modules; importing again reruns it
import sys
try:
    import _bad_mod
except ValueError as e:
    print("caught", type(e).__name__, e)
print("_bad_mod" in sys.modules)
try:
    from _bad_mod import BEFORE
except ValueError as e:
    print("again:", e)
print("_bad_mod" in sys.modules)
try:
    import _bad_import
except ImportError as e:
    print("caught", type(e).__name__, e)
print("_bad_import" in sys.modules)
try:
    import _bad_import
except ModuleNotFoundError as e:
    print("second time:", e)
def load():
    try:
        import _bad_mod
        return "loaded"
    except Exception as e:
        return "failed: " + str(e)
print(load())
print("_bad_mod" in dir())
