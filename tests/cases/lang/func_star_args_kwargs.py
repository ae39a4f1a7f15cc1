# *args and **kwargs collection, forwarding, and mixing with named parameters
def collect(a, *args, b=2, **kwargs):
    return a, args, b, sorted(kwargs.items())

print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, b=5, c=6, d=7))
print(collect(*[1, 2], *(3,), **{'b': 9}, **{'z': 0}))

def fwd(*args, **kwargs):
    return collect(*args, **kwargs)
print(fwd(0, 'x', q=1))

def types(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__
print(types())

def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
print(kw_order(**{'b': 1}, c=2, **{'a': 3}))

def modify(*args):
    args = args + (99,)
    return args
t = (1, 2)
print(modify(*t), t)

d = {'x': 1}
def mut(**kw):
    kw['y'] = 2
    return kw
print(mut(**d), d)
