# except*: each clause takes its part; naked exceptions are wrapped; re-raise and new raises combine.
import sys
def f(eg):
    try:
        raise eg
    except* ValueError as e:
        print("VE", repr(e), repr(sys.exception()))
    except* TypeError as e:
        print("TE", repr(e))
f(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
try:
    f(ExceptionGroup("g", [ValueError(1), KeyError(2)]))
except ExceptionGroup as e:
    print("left", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e))
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("mixed", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("bare reraise", repr(e))
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("no")
except TypeError as e:
    print("plain passthrough", repr(e))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
def g():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else")
    finally:
        print("finally")
g()
try:
    e = None
    try:
        raise ExceptionGroup("x", [OSError(1)])
    except* OSError as e:
        pass
    print(e)
except NameError as n:
    print("NameError", n)
