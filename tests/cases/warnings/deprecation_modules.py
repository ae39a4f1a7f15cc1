# A DeprecationWarning raised in a library module is ignored by default; one attributed
# to __main__ (stacklevel=2) is shown.
import warnings

import _depmod


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", message, category.__name__, filename.rsplit("/", 1)[-1], lineno)


warnings.showwarning = show
_depmod.old_api(1)
_depmod.old_api(2)
_depmod.old_api(2)
print(sorted(k for k in vars(_depmod) if k.startswith("__warn")))
print(len(_depmod.__warningregistry__), len(__warningregistry__))
warnings.warn("pending in main", PendingDeprecationWarning)
warnings.warn("dep in main", DeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    _depmod.old_api(1)
print([str(m.message) for m in w], w[0].filename.rsplit("/", 1)[-1])
