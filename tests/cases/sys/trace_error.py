# An error in a trace function propagates and turns tracing off.
import sys

def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError("tracer failed")
    return bad

def f():
    x = 1
    return x

sys.settrace(bad)
try:
    f()
except RuntimeError as e:
    print("caught", e)
print(sys.gettrace())
print(f())

def t(frame, event, arg):
    return t
sys.settrace(t)
print(sys.gettrace() is t)
sys.settrace(None)
try:
    sys.settrace()
except TypeError as e:
    print(e)
