# default values are evaluated once at definition time and shared across calls
calls = []
def make_default(tag):
    calls.append(tag)
    return []

def append_to(x, acc=make_default("acc")):
    acc.append(x)
    return acc

print(calls)
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
print(calls)

def use_none(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(use_none(1), use_none(2))

n = 10
def snap(v=n):
    return v
n = 20
print(snap())

def kwd(*, opts={}):
    opts.setdefault("count", 0)
    opts["count"] += 1
    return opts["count"]
print(kwd(), kwd(), kwd(opts={}))
print(kwd.__kwdefaults__)
