# closures capture variables not values: loop late binding, default-arg capture, cells shared
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

fs = [lambda: j for j in range(3)]
print([f() for f in fs])

def make():
    out = []
    for k in range(3):
        def g():
            return k
        out.append(g)
    k = 100
    return out
print([g() for g in make()])

def counters():
    fns = []
    for n in range(3):
        def mk(n=n):
            def c():
                return n * 10
            return c
        fns.append(mk())
    return fns
print([c() for c in counters()])

def cell_info():
    x = 1
    def inner():
        return x
    return inner
f = cell_info()
print(f.__code__.co_freevars, f.__closure__[0].cell_contents)
