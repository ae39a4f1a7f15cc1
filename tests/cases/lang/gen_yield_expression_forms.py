# yield as expression: precedence, yield in arguments/tuples, bare yield value None, yield inside try
def forms():
    a = yield
    print("a =", a)
    b = yield 1, 2
    print("b =", b)
    c = (yield) or "default"
    print("c =", c)
    d = [(yield "in list"), (yield "second in list")]
    print("d =", d)
    e = f((yield "as argument"))
    print("e =", e)
    yield
def f(x):
    return ("f", x)
g = forms()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(g.send(None))
print(g.send("D1"))
print(g.send("D2"))
print(g.send("E"))
def lam_gen():
    return (lambda: (yield 10))()
print(list(lam_gen()))
def yield_in_while():
    n = 3
    while (n := n - 1) >= 0:
        got = yield n
        if got:
            n += got
g = yield_in_while()
print(next(g), g.send(2), next(g), next(g), list(g))
