# Position markers under the failing expression, as CPython 3.12 draws them.
import traceback

def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "<here>"), end="")

def binop():
    a, b = 1, "2"
    return a + b

def subscript():
    d = {"a": 1}
    return d["a"] + d["b"]

def call():
    return int("x") + 1

def attribute():
    obj = None
    return obj.attribute.more

def whole_line():
    undefined_name

def nested():
    return [1, 2][0] / (3 - 3)

def multiline():
    return (
        1 /
        0
    )

for f in (binop, subscript, call, attribute, whole_line, nested, multiline):
    show(f)
