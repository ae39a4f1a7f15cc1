# A calculator that evaluates expressions with a restricted namespace.
import builtins
SAFE = {"__builtins__": {"abs": abs, "min": min, "max": max, "round": round}}
def calc(expr, **vars):
    try:
        return eval(expr, SAFE, vars)
    except (NameError, SyntaxError, ZeroDivisionError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
for e in ["1 + 2 * 3", "abs(-x) + y", "max(x, y) / 0", "open('f')", "2 **", "round(x / 3, 2)"]:
    print(repr(e), "->", calc(e, x=7, y=2))
print(SAFE["__builtins__"] is not builtins.__dict__, sorted(SAFE))
