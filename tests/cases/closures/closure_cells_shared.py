# closures sharing cells with the enclosing scope and each other; class scope rules
def pair():
    v = 0
    def setter(n):
        nonlocal v
        v = n
    def getter():
        return v
    return setter, getter
s, g = pair()
s(5)
print(g())
s("changed")
print(g())
def before_assignment():
    def f():
        return late
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    late = "now bound"
    return f()
print(before_assignment())
def deleted():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print("NameError:", e)
deleted()
class K:
    y = 10
    vals = [y * 2 for y in range(2)]
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(K().m(), K.vals, K.y)
def outer():
    y = "enclosing"
    class Inner:
        y = "class"
        def get(self):
            return y
        z = y
    return Inner().get(), Inner.z
print(outer())
def counter_list():
    return [lambda n=n: n for n in range(3)], [lambda: n for n in range(3)]
a, b = counter_list()
print([f() for f in a], [f() for f in b])
