from contextlib import suppress, closing, nullcontext

with suppress(KeyError):
    {}['x']
print("after KeyError")
with suppress(ValueError, TypeError):
    int('x')
print("after ValueError")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)
with suppress(LookupError):
    [][1]
print("subclass suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("rest:", repr(eg.exceptions))
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("group fully suppressed")

class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print("using", type(r).__name__)
try:
    with closing(Resource()):
        raise ValueError("inside")
except ValueError:
    print("closed even on error")

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)
sentinel = object()
with nullcontext(sentinel) as n:
    print(n is sentinel)
