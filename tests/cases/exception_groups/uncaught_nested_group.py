# An uncaught group with a nested group and a chained context is drawn in boxes.
def inner():
    raise ExceptionGroup("inner", [KeyError("k"), OSError(2, "x")])
def f():
    try:
        inner()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [ValueError(1), e, TypeError("t")]) from None
try:
    f()
except* ValueError:
    print("handled VE")
