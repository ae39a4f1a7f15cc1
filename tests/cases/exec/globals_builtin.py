# globals() is the module's dict itself: changes show up as variables.
g = globals()
g["made_here"] = 123
print(made_here, g is globals())
def f():
    return globals()
print(f() is g)
ns = {}
exec("r = globals()", ns)
print(ns["r"] is ns)
