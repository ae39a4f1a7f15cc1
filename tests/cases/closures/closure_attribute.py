# __closure__: None without free variables, else a tuple of cells with cell_contents.
def outer():
    n = 0
    m = "m"
    def inner():
        nonlocal n
        n += 1
        return n, m
    return inner


h = outer()
h()
print(h(), len(h.__closure__), [c.cell_contents for c in h.__closure__])
print(outer.__closure__, (lambda: 1).__closure__)


def late():
    def f():
        return x
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    x = 5
    return c.cell_contents


print(late(), type(h.__closure__[0]).__name__)
