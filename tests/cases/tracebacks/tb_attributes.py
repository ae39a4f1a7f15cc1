# Traceback objects: tb_frame, tb_lineno, tb_lasti, tb_next.
def inner():
    raise ValueError("inner failed")

def middle():
    inner()

try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    rows = []
    while tb is not None:
        rows.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__, tb.tb_lasti >= 0))
        tb = tb.tb_next
    for r in rows:
        print(r)
