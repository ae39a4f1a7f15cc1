# nonlocal through several nesting levels, independent counters, shared cells
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset
inc1, get1, reset1 = make_counter()
inc2, get2, _ = make_counter()
inc1(); inc1(); inc2(10)
print(get1(), get2())
reset1()
print(get1(), inc1(3), get2())
def three_levels():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        inner()
        return inner
    f = middle()
    f()
    return x
print(three_levels())
def shadow():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    return mid(), x
print(shadow())
def loop_cells():
    fns = []
    for i in range(3):
        def f():
            nonlocal i
            i += 100
            return i
        fns.append(f)
    return [f() for f in fns], i
print(loop_cells())
print(get1(), get2(), inc2(), get2(), inc1(), get1())
