# The traceback is one object: __traceback__, sys.exc_info()[2] and tb_frame agree.
import sys

try:
    1 / 0
except ZeroDivisionError as e:
    t1 = e.__traceback__
    t2 = e.__traceback__
    print(t1 is t2)
    print(sys.exc_info()[2] is t1)
    print(sys.exc_info()[0] is ZeroDivisionError, sys.exc_info()[1] is e)
    print(t1.tb_frame is sys._getframe())
    print(t1.tb_next is None)
print(sys.exc_info())
print(repr(t1).startswith("<traceback object at 0x"))
