# nonlocal rebinding across levels, global from nested functions, and unbound errors
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = mid()
    return r, x
print(outer())

def make_global():
    global fresh_name
    fresh_name = "created"
make_global()
print(fresh_name)

def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

def unbound_free():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
    return inner()
print(unbound_free())

def shadow():
    counter = "local"
    def g():
        global counter
        return counter
    return g()
print(shadow())

def del_nonlocal():
    v = 1
    def d():
        nonlocal v
        del v
    d()
    try:
        return v
    except NameError as e:
        return str(e)
print(del_nonlocal())
