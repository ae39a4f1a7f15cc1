# nonlocal rebinding enclosing scope vs global rebinding module scope
x = "global"

def outer():
    x = "enclosing"
    def use_nonlocal():
        nonlocal x
        x = "changed by nonlocal"
    def use_global():
        global x
        x = "changed by global"
    def use_local():
        x = "local only"
        return x
    print(use_local(), "|", x)
    use_nonlocal()
    print(x)
    use_global()
    print(x)
    return x

print(outer())
print(x)

def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def read():
        return n
    return inc, read

inc, read = counter_pair()
for _ in range(5):
    inc()
print(read())
