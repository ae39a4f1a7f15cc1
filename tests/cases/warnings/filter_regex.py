# Message filters match case-insensitively at the start; module filters are regexes.
import sys
import warnings

sys.stderr = sys.stdout
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.filterwarnings("always", message="show")
warnings.filterwarnings("always", module="mod\\.x")
warnings.filterwarnings("error", category=RuntimeWarning, lineno=9)
for text, cat, mod, line in [("show me", UserWarning, "m", 1), ("SHOW upper", UserWarning, "m", 1),
                             ("dont show", UserWarning, "m", 1), ("quiet", UserWarning, "mod.x", 1),
                             ("quiet", UserWarning, "mod.xy", 1), ("quiet", UserWarning, "modax", 1),
                             ("rt", RuntimeWarning, "m", 8), ("rt", RuntimeWarning, "m", 9)]:
    try:
        warnings.warn_explicit(text, cat, "f.py", line, module=mod)
    except Warning as e:
        print("raised", type(e).__name__, e)
print([(a, m.pattern if m else m, c.__name__, mo.pattern if mo else mo, l)
       for a, m, c, mo, l in warnings.filters])
print(warnings.filters[2][1].flags & 2)
