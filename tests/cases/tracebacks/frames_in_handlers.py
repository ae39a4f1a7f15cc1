# Frames seen from exception handlers, finally blocks and with statements.
import sys

class Ctx:
    def __enter__(self):
        print("enter", sys._getframe(1).f_code.co_name)
        return self

    def __exit__(self, *exc):
        print("exit", sys._getframe(1).f_code.co_name, exc[0].__name__ if exc[0] else None,
              exc[2].tb_frame.f_code.co_name if exc[2] else None)
        return True

def user():
    with Ctx():
        raise KeyError("in with")
    try:
        return 1
    finally:
        print("finally", sys._getframe().f_code.co_name, sys._getframe().f_back.f_code.co_name)

print(user())
