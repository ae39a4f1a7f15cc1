# Assigning __traceback__: a traceback or None, anything else is a TypeError.
def fail():
    raise KeyError("k")

try:
    fail()
except KeyError as e:
    err = e
tb = err.__traceback__
print(tb.tb_next.tb_frame.f_code.co_name)
err.__traceback__ = None
print(err.__traceback__)
err.__traceback__ = tb.tb_next
print(err.__traceback__.tb_frame.f_code.co_name)
for bad in (1, "tb", [], tb.tb_frame):
    try:
        err.__traceback__ = bad
    except TypeError as x:
        print(type(bad).__name__, x)
e2 = ValueError()
print(e2.__traceback__)
