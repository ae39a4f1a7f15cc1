# tb_next can be set to another traceback or None, but not to make a loop.
def a():
    raise OSError("a")

def b():
    a()

try:
    b()
except OSError as e:
    tb = e.__traceback__
second = tb.tb_next
third = second.tb_next
print(second.tb_frame.f_code.co_name, third.tb_frame.f_code.co_name)
tb.tb_next = third
print(tb.tb_next.tb_frame.f_code.co_name)
tb.tb_next = None
print(tb.tb_next)
for bad in (tb, 3):
    try:
        third.tb_next = tb
        tb.tb_next = bad
    except (ValueError, TypeError) as x:
        print(type(x).__name__, x)
try:
    del tb.tb_frame
except (AttributeError, TypeError) as x:
    print(type(x).__name__)
