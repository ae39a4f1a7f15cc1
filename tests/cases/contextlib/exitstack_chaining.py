# ExitStack gives exceptions raised by its callbacks the __context__ that nested
# with statements would give them.
from contextlib import ExitStack

def raiser(exc):
    def cb(*args):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError(1)))
        stack.push(raiser(IndexError(2)))
        stack.push(raiser(AttributeError(3)))
        raise ValueError(4)
except Exception as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)

def suppress_all(*exc):
    print("suppressing", exc[0].__name__ if exc[0] else None)
    return True

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError('late')))
        stack.push(suppress_all)
        stack.push(raiser(IndexError('early')))
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

with ExitStack() as stack:
    stack.push(suppress_all)
    stack.push(raiser(TypeError('t')))
print("everything suppressed")

try:
    with ExitStack() as stack:
        stack.callback(lambda: None)
        raise NameError("passes through")
except NameError as e:
    print("NameError", e, e.__context__)

try:
    try:
        raise LookupError("outer")
    except LookupError:
        with ExitStack() as stack:
            stack.push(raiser(ZeroDivisionError('cb')))
except ZeroDivisionError as e:
    print(type(e.__context__).__name__, e.__context__)
