# __exit__ raising replaces the body exception (with __context__); multiple items exit in reverse order
class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        if self.fail:
            raise RuntimeError("exit failed in " + self.name)
try:
    with CM("one"), CM("two", fail=True), CM("three"):
        raise ValueError("body")
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))
class FailEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), FailEnter():
        print("never body")
except OSError as e:
    print("caught", e)
with (
    CM("p1") as a,
    CM("p2") as b,
):
    print("parenthesised", a.name, b.name)
