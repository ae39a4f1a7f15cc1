# A lambda made by eval() inside a function closes over nothing there: it sees globals.
x = "global"
def f():
    x = "local"
    return eval("lambda: x")(), eval("x")
print(f())
def g():
    y = "only local"
    try:
        return eval("lambda: y")()
    except NameError as e:
        return str(e)
print(g())
