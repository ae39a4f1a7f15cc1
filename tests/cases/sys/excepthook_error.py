# A failing excepthook: both tracebacks go to stderr; exit status 1.
import sys

def hook(t, v, tb):
    print("in hook", v)
    raise RuntimeError("hook broke")

sys.excepthook = hook
raise KeyError("k")
