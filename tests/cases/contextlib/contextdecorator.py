from contextlib import ContextDecorator, AbstractContextManager, contextmanager

class track(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False

@track('f')
def f(x):
    """f's doc"""
    print("f body", x)
    return x + 1

print(f(1), f.__name__, f.__doc__)
with track('block'):
    print("in block")
try:
    @track('g')
    def g():
        raise ValueError("from g")
    g()
except ValueError:
    print("caught")

class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        print("Mine exit")
with Mine() as m:
    print(type(m).__name__)
print(AbstractContextManager[int] is not None)

@contextmanager
def counter():
    print("cm start")
    yield
    print("cm end")

@counter()
def twice():
    print("twice body")
twice()
twice()
