# Pseudo-random arguments across magnitudes, including near the overflow thresholds.
import cmath

state = 12345


def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648


scales = [1e-300, 1e-8, 0.3, 1.0, 3.0, 50.0, 700.0, 710.0, 1e20, 1e155, 1e300]
names = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]
for n in range(90):
    z = complex((rnd() - 0.5) * 2 * scales[n % len(scales)],
                (rnd() - 0.5) * 2 * scales[(n * 7 + 3) % len(scales)])
    out = []
    for name in names:
        try:
            out.append(repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(z), " ".join(out))
    for f in (cmath.phase, cmath.polar, lambda z: cmath.log(z, 1 + rnd())):
        try:
            print("   ", f(z))
        except (ValueError, OverflowError) as e:
            print("   ", type(e).__name__, e)
