# In a function, exec() cannot rebind the function's variables; names it creates appear
# in the frame's locals() dict (CPython 3.12 semantics).
def f():
    x = 1
    exec("x = 5\nnew = 6")
    print(x)
    d = locals()
    print(d["x"], d["new"], sorted(d))
f()
def g():
    ns = {}
    exec("x = 5", globals(), ns)
    return ns
print(g())
