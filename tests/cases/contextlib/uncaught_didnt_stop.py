from contextlib import contextmanager

@contextmanager
def bad():
    yield 1
    yield 2

with bad() as v:
    print("body", v)
