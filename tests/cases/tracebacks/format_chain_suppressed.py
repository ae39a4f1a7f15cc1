# `from None` hides the context; a cause wins over a context; cycles end.
import traceback

def show(e):
    print("".join(traceback.format_exception(e)).replace(__file__, "<here>"), end="")
    print("--")

try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("typed") from KeyError("explicit")
except TypeError as e:
    show(e)

a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
show(a)
