# three levels of nesting with nonlocal at different levels
def outer():
    x = "outer-x"
    log = []
    def middle():
        y = "middle-y"
        def inner():
            nonlocal y
            y = y + "!"
            log.append(x + "/" + y)
            return y
        return inner
    def change_x(v):
        nonlocal x
        x = v
    return middle, change_x, log

middle, change_x, log = outer()
inner = middle()
print(inner(), inner())
change_x("new-x")
print(inner())
inner2 = middle()
print(inner2())
print(log)

def a():
    n = 1
    def b():
        def c():
            return n * 10
        return c
    n = 2
    return b()
print(a()())
