# with_traceback sets __traceback__ and returns the exception; raising it adds rows.
def first():
    return 1 / 0

def get_tb():
    try:
        first()
    except ZeroDivisionError as e:
        return e.__traceback__

tb = get_tb()
e = RuntimeError("wrapped")
print(e.with_traceback(tb) is e, e.__traceback__ is tb)
print(e.with_traceback(None).__traceback__)
try:
    raise e.with_traceback(tb)
except RuntimeError as r:
    t = r.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
for bad in (5, "x"):
    try:
        e.with_traceback(bad)
    except TypeError as x:
        print(x)
try:
    e.with_traceback()
except TypeError as x:
    print(x)
