from functools import partial

def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)

p = partial(f, 1, b=3)
print(p(), p(4), p(b=5, c=6))
print(p.func is f, p.args, p.keywords)
r = repr(p)
print(r[:len('functools.partial(<function f at ')], r[r.index('>'):])
print(repr(partial(len)), repr(partial(max, 1, key=abs)))
q = partial(p, 7, x=8)
print(q.func is f, q.args, q.keywords, q())
p.attr = 'set'
r2 = partial(p, 9)
print(r2.func is p, r2.args, r2())
print(partial(print, 'a', sep='-')('b'))
base = partial(int, base=2)
print(base('101'), base('11', base=10))
for bad in [lambda: partial(), lambda: partial(1), lambda: setattr(p, 'func', len),
            lambda: setattr(p, 'args', ()), lambda: partial(f)(), lambda: partial(f, 1, 2, 3)(x=1, **{'x': 2})]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(partial(f, 1) == partial(f, 1), partial.__module__, type(p).__name__)
class P(partial):
    pass
pp = P(f, 1)
print(type(pp).__name__, repr(pp)[:4], pp(2), isinstance(pp, partial))
class A:
    m = partial(f, 'class attr')
print(A.m(), A().m())
p3 = partial(partial(partial(f, 1), 2), 3)
print(p3.args, p3.func is f)
