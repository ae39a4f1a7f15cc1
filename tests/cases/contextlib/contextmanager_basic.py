from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag('p') as t:
    print("inside", t)
print(tag.__name__, tag.__doc__, tag('x').__doc__)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("oops")
print("after swallow")

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("converted") from e

try:
    with transform():
        1 / 0
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

@contextmanager
def deco_cm():
    print("enter")
    yield
    print("exit")

@deco_cm()
def decorated(x):
    print("body", x)
    return x * 2

print(decorated(1), decorated(2))
cm = tag('reuse')
with cm:
    pass
try:
    with cm:
        pass
except (AttributeError, RuntimeError) as e:
    print(type(e).__name__)
