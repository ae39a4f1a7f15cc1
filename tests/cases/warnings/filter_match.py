# Filters by category and line number (first match wins).
import sys
import warnings

sys.stderr = sys.stdout
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("always", UserWarning, lineno=4)
warnings.filterwarnings("error", category=RuntimeWarning, lineno=9)
warnings.filterwarnings("always", category=FutureWarning)


class Sub(FutureWarning):
    pass


for text, cat, line in [("a", UserWarning, 1), ("b", UserWarning, 4), ("c", UserWarning, 4),
                        ("rt", RuntimeWarning, 8), ("rt", RuntimeWarning, 9),
                        ("fut", FutureWarning, 1), ("sub", Sub, 2), ("dep", DeprecationWarning, 4)]:
    try:
        warnings.warn_explicit(text, cat, "f.py", line, module="m")
    except Warning as e:
        print("raised", type(e).__name__, e)
print([(a, m, c.__name__, mo, l) for a, m, c, mo, l in warnings.filters])
