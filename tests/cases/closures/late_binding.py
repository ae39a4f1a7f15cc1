# closures capture variables, not values (late binding)
fns = []
for i in range(3):
    def f():
        return i
    fns.append(f)
print([f() for f in fns])
i = 99
print([f() for f in fns])

def make_fns():
    out = []
    for j in range(3):
        out.append(lambda: j * 10)
    return out
print([f() for f in make_fns()])

def make_fns_fixed():
    out = []
    for j in range(3):
        def bind(v):
            return lambda: v * 10
        out.append(bind(j))
    return out
print([f() for f in make_fns_fixed()])

def make_fns_default():
    return [lambda j=j: j * 10 for j in range(3)]
print([f() for f in make_fns_default()])

def later():
    def show():
        return value
    value = "assigned after def"
    return show
print(later()())
