import warnings

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print(type(e).__name__, e.args)
try:
    warnings.warn(DeprecationWarning("instance"))
except DeprecationWarning as e:
    print(type(e).__name__, e.args)
try:
    warnings.warn_explicit("explicit", RuntimeWarning, "f.py", 1)
except RuntimeWarning as e:
    print(type(e).__name__, e.args)
warnings.warn("uncaught", FutureWarning)
