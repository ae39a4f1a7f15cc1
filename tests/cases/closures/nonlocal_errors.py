# closure reading outer variable modified later, and cell shared by two inner functions
def shared():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter

s, g = shared()
print(g())
s(5)
print(g())
s2, g2 = shared()
print(g2(), g())

def outer():
    total = 0
    def add_all(items):
        nonlocal total
        for i in items:
            total += i
        return total
    return add_all

adder = outer()
print(adder([1, 2, 3]), adder([10]))

def make():
    x = 1
    def read_then_assign():
        try:
            y = x
        except NameError as e:
            return type(e).__name__
        return y
    return read_then_assign()
print(make())
