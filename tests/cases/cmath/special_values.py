# Infinities, NaNs and signed zeros: C99 Annex G's special values and CPython's errors.
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
names = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]
for name in names:
    f = getattr(cmath, name)
    print(name)
    for re in parts:
        row = []
        for im in parts:
            try:
                row.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print("  ", re, " ".join(row))
