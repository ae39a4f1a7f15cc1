# with statement using user classes: __enter__/__exit__ ordering and suppression
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("inside with", r)
try:
    with Resource("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Resource("c", suppress=True):
    raise KeyError("hidden")
print("after suppressed")
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)

def use():
    with Resource("ret"):
        return "returned from with"
print(use())
for n in range(2):
    with Resource("loop" + str(n)):
        if n == 0:
            continue
        print("body", n)
