# Every cmath function over a grid of finite arguments (results must agree bit for bit).
import cmath

parts = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-3, 1e-310, 10.0, 1e10]
names = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for re in parts:
        for im in parts[::3]:
            try:
                out.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
