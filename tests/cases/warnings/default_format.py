# The default stderr format: FILE:LINE: Category: message, then the source line.
import os
import sys
import warnings


class Strip:
    """A stderr stand-in printing warnings with the directory part of paths removed."""

    def write(self, text):
        sys.stdout.write(text.replace(os.path.dirname(__file__) + os.sep, ""))

    def flush(self):
        pass


sys.stderr = Strip()
warnings.warn("plain message")
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(42)
warnings.warn("indented source line")  ;  x = 1


def helper():
    warnings.warn("from the caller's line", stacklevel=2)


helper()
warnings.warn("with a source object", source=object())
warnings.warn("level too deep", stacklevel=50)
exec("import warnings\nwarnings.warn('inside exec')")
warnings.warn_explicit("explicit", SyntaxWarning, "nofile.py", 7)
warnings.warn_explicit("explicit line", FutureWarning, "nofile.py", 7, module_globals={})
print("done")
