# three-level closures, nonlocal at intermediate levels, closures capturing parameters and loop cells
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100))
def accumulator():
    total = 0
    def outer_add(x):
        def inner_add():
            nonlocal total
            total += x
            return total
        return inner_add
    return outer_add
acc = accumulator()
add5 = acc(5)
add1 = acc(1)
print(add5(), add1(), add5())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]
good, bad = make_adders()
print([f(10) for f in good], [f(10) for f in bad])
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0] if inc.__closure__ and get.__closure__ else None)
def param_capture(x):
    def show():
        return x
    x = x * 2
    return show
print(param_capture(4)())
