# The traceback type can be called to build traceback objects, as tools do.
import sys
import traceback

try:
    1 / 0
except ZeroDivisionError as e:
    real = e.__traceback__
TB = type(real)
print(TB.__name__)

def here():
    return sys._getframe()

f = here()
tb = TB(None, f, 0, 42)
print(tb.tb_lineno, tb.tb_next, tb.tb_frame is f, tb.tb_lasti)
outer = TB(tb, sys._getframe(), real.tb_lasti, 7)
print(outer.tb_next is tb, outer.tb_lineno)
print([(fr.f_code.co_name, n) for fr, n in traceback.walk_tb(outer)])
for bad in [(1, f, 0, 1), (None, 1, 0, 1), (None, f, "x", 1)]:
    try:
        TB(*bad)
    except TypeError as x:
        print(x)
try:
    TB(None, f, 0)
except TypeError as x:
    print(x)
err = ValueError("built").with_traceback(outer)
print(err.__traceback__ is outer)
