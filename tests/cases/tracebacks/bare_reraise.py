# A bare `raise` re-raises without a row for its own line; `raise e` adds one.
def f():
    try:
        int("x")
    except ValueError:
        raise

def g():
    try:
        int("y")
    except ValueError as e:
        raise e

def lines(exc):
    tb = exc.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

for fn in (f, g):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, lines(e))
