# tb_lineno is the line of the call in outer frames, even for multi-line calls.
def fail(*args):
    raise TypeError("fail")

def caller():
    return fail(
        1,
        2,
    )

try:
    caller()
except TypeError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
