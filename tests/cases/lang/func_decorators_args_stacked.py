# decorators with arguments, stacking order, and decorators returning non-functions
log = []

def tag(name):
    log.append("factory " + name)
    def deco(fn):
        log.append("apply " + name)
        def wrapper(*a, **k):
            return f"<{name}>" + fn(*a, **k) + f"</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@tag("b")
@tag("i")
def hello(who):
    return "hi " + who

print(log)
print(hello("bob"))
print(hello.__name__)

def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)

def to_const(fn):
    return 42
@to_const
def whatever():
    pass
print(whatever)

registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("add")
def add(a, b): return a + b
@register("mul")
def mul(a, b): return a * b
print({k: v(3, 4) for k, v in registry.items()})

@(lambda f: f)
def ident(): return "expr decorator"
print(ident())
