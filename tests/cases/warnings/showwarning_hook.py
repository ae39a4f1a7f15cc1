import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("hook:", type(message).__name__, message, category.__name__,
          filename == __file__ or filename, lineno, file, line)


def fmt(message, category, filename, lineno, line=None):
    return "fmt: %s|%s|%s\n" % (message, category.__name__, lineno)


warnings.simplefilter("always")
warnings.showwarning = show
warnings.warn("via hook")
warnings.warn_explicit("explicit", UserWarning, "f.py", 3)
warnings.showwarning = warnings._showwarning_orig


class Out:
    def write(self, s):
        print("write:", repr(s))


warnings.showwarning("direct", UserWarning, "g.py", 4, Out())
warnings.showwarning("direct", UserWarning, "g.py", 4, Out(), "  given line  ")
warnings.formatwarning = fmt
warnings.showwarning("formatted", UserWarning, "g.py", 5, Out())
warnings.formatwarning = warnings._formatwarning_orig
print(repr(warnings.formatwarning("m", UserWarning, "g.py", 5)))
print(repr(warnings.formatwarning("m", DeprecationWarning, "g.py", 5, "  line  ")))
print(repr(warnings.formatwarning(ValueError("v"), UserWarning, "g.py", 5, "")))
warnings.showwarning = 5
try:
    warnings.warn("bad hook")
except TypeError as e:
    print(e)
