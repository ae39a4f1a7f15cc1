import atexit
def f(tag, *, end="!"):
    print("exit", tag, end)
atexit.register(f, 1)
atexit.register(f, 2, end="?")
@atexit.register
def g():
    print("decorated")
print(g.__name__, atexit._ncallbacks())
def h(): print("never")
atexit.register(h); atexit.register(h)
atexit.unregister(h)
print(atexit._ncallbacks())
print("main done")
