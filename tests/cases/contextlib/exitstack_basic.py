from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, "callback", 1, sep='-')
    print("using", names)

def cb_exit(exc_type, exc, tb):
    print("push exit got", exc_type.__name__ if exc_type else None)
    return True

with ExitStack() as stack:
    stack.push(cb_exit)
    raise ValueError("suppressed by callback")
print("after suppress")

class CM:
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *exc):
        print("CM exit", exc[0])
        return False
with ExitStack() as stack:
    stack.push(CM())
    r = stack.enter_context(CM())
    print(type(r).__name__)

with ExitStack() as stack:
    stack.enter_context(res('kept'))
    moved = stack.pop_all()
print("stack exited; moved still open")
moved.close()
stack = ExitStack()
stack.callback(lambda: print("closed via close()"))
stack.close()
stack.close()

@ExitStack().callback
def decorated():
    print("never called")
print(decorated.__name__)
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)
with ExitStack() as s:
    f = s.callback(print, 'x')
    print(f is print)
