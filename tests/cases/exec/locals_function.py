# locals() in a function: one dict per frame, refreshed at each call (names bound since
# are added, names deleted are removed, other keys stay).
def f(a, b=2, *args, **kw):
    c = 3
    first = locals()
    d = 4
    del c
    second = locals()
    print(first is second, sorted(second))
    second["extra"] = 1
    print("extra" in locals())
f(1)
def cells():
    captured = "c"
    plain = "p"
    def inner():
        return captured
    return locals()
print(sorted(cells()))
def outer():
    z = 3
    def inner():
        w = z
        return locals()
    return inner()
print(outer())
