# late binding in closures vs default-argument capture, in loops and comprehensions
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 100
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs], [g(9) for g in gs])
hs = [lambda: j for j in range(3)]
print([h() for h in hs])
def make():
    out = []
    for k in range(3):
        def f(k=k):
            return k * 10
        def g():
            return k * 10
        out.append((f, g))
    return out
print([(f(), g()) for f, g in make()])
def factory(n):
    return lambda x: x + n
adders = [factory(n) for n in range(3)]
print([a(10) for a in adders])
def counter_factory():
    fns = {}
    for name in ["a", "b"]:
        fns[name] = lambda: name
    return fns
print({k: v() for k, v in counter_factory().items()})
x = "global"
def outer():
    f = lambda: x
    x = "local later"
    return f()
print(outer())
def default_evaluated_once(items=[]):
    items.append(len(items))
    return items
print(default_evaluated_once(), default_evaluated_once(), default_evaluated_once([9]))
val = 1
def capture(v=val):
    return v
val = 2
print(capture(), capture.__defaults__)
gen_fns = (lambda: m for m in range(3))
print([f() for f in gen_fns])
gen_fns2 = list(lambda: m for m in range(3))
print([f() for f in gen_fns2])
