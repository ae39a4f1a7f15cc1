from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield

try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration propagated:", e)

@contextmanager
def stops_early():
    try:
        yield
    except KeyError:
        return

with stops_early():
    raise KeyError("gone")
print("suppressed by return")

@contextmanager
def reraise_different():
    try:
        yield
    except ValueError:
        raise TypeError("different")

try:
    with reraise_different():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)

@contextmanager
def runtime_in_body():
    yield

try:
    with runtime_in_body():
        raise RuntimeError("body error")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def gen_raises_runtime():
    try:
        yield
    except StopIteration:
        raise RuntimeError("wrapped")

try:
    with gen_raises_runtime():
        raise StopIteration
except RuntimeError as e:
    print("RuntimeError:", e)

class MyExc(Exception):
    pass
@contextmanager
def exc_class():
    try:
        yield
    except MyExc as e:
        print("got instance", type(e).__name__)
        raise
cm = exc_class()
cm.__enter__()
try:
    cm.__exit__(MyExc, None, None)
except MyExc:
    print("re-raised")
print(cm.__exit__ is not None)
