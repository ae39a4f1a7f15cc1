# A replaced sys.excepthook gets the uncaught exception (printed to stdout here).
import sys

def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None, tb.tb_frame.f_code.co_name)
    print("orig is builtin:", sys.__excepthook__.__name__)

sys.excepthook = hook

def fail():
    raise ValueError("oops")

print("start")
fail()
