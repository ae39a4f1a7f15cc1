# With separate locals, a function defined by exec cannot see itself: its name went into
# the locals, and the function looks in the globals.
src = "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nr = fact(1)"
g, l = {}, {}
exec(src, g, l)
print(l["r"], "fact" in g)
try:
    l["fact"](3)
except NameError as e:
    print(e)
g = {}
exec(src + "\nr5 = fact(5)", g)
print(g["r5"])
