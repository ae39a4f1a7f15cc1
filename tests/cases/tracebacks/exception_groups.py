# Exception groups in traceback.py: numbered boxes, nesting, limits, except*.
import sys
import traceback
def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("two"), ExceptionGroup("inner", [KeyError("k")])])
try:
    f()
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "<here>"), end="")
    te = traceback.TracebackException.from_exception(e)
    print(len(te.exceptions), te.exceptions[2].exceptions[0].exc_type.__name__)
try:
    try:
        f()
    except* ValueError:
        raise RuntimeError("handler")
except Exception:
    print(traceback.format_exc().replace(__file__, "<here>"), end="")
big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(big)), end="")
deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level{i}", [deep])
print("".join(traceback.format_exception(deep)), end="")
print(traceback.format_exception_only(big))
def g():
    try:
        raise ExceptionGroup("ctx", [OSError("o")])
    except ExceptionGroup as x:
        raise KeyError("after") from x
try:
    g()
except KeyError:
    print(traceback.format_exc().replace(__file__, "<here>"), end="")
