import warnings

warnings.simplefilter("always")


def show(message, category, filename, lineno, file=None, line=None):
    print(message, lineno, filename == __file__ or filename)


warnings.showwarning = show


def inner(level):
    warnings.warn("level %d" % level, stacklevel=level)


def outer(level):
    inner(level)


for level in (-1, 0, 1, 2, 3, 4, 10):
    outer(level)
try:
    warnings.warn("x", stacklevel="2")
except TypeError as e:
    print(e)
try:
    warnings.warn("x", skip_file_prefixes=["a"])
except TypeError as e:
    print(e)
warnings.warn("skip", skip_file_prefixes=(__file__,))
warnings.warn("skip", stacklevel=1, skip_file_prefixes=("/nonexistent",))
print(sorted(k for k in globals()["__warningregistry__"] if k != "version") == [] )
