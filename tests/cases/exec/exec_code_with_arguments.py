# exec() of a function's code passes no arguments.
def f():
    print("f ran")
exec(f.__code__)
def g(a, b):
    pass
exec(g.__code__)
