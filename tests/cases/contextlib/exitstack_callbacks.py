from contextlib import ExitStack

def report(*args, **kw):
    print("callback", args, kw)

with ExitStack() as stack:
    stack.callback(report, 1, 2, key='v')
    stack.callback(report)
    cb = stack.callback(report, 'x')
    print(cb is report, len(stack._exit_callbacks))
    print(stack._exit_callbacks[0][1].__wrapped__ is report)

def failing_enter():
    class CM:
        def __enter__(self):
            raise OSError("enter failed")
        def __exit__(self, *a):
            print("never")
    return CM()

try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        stack.enter_context(failing_enter())
except OSError as e:
    print("OSError:", e)

def transfer():
    with ExitStack() as stack:
        stack.callback(print, "transferred cleanup")
        return stack.pop_all()

kept = transfer()
print("outside")
with kept:
    print("in kept")

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner cb")
    outer.callback(print, "outer cb")

stack = ExitStack()
@stack.push
def exit_fn(exc_type, exc, tb):
    print("exit_fn", exc_type)
    return False
print(exit_fn.__name__)
stack.close()

try:
    with ExitStack() as s:
        s.callback(print, "still runs")
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt passed through")
