import functools
from functools import partial

def f(*args, **kw):
    return args, kw

p = partial(f, 1, a=2)
print(vars(p), p.__dict__)
p.note = 'hi'
print(vars(p), p.note)
print(p.__reduce__()[0] is partial, p.__reduce__()[1][0] is f, p.__reduce__()[2][1:])
q = partial(f)
q.__setstate__((f, (9,), {'k': 1}, {'attr': 3}))
print(q(), q.attr, q.args, q.keywords)
q.__setstate__((f, (), None, None))
print(q.keywords, vars(q))
for bad in [1, (f,), (f, [], None, None), (1, (), None, None), (f, (), [], None)]:
    try:
        q.__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)
class Sub(partial):
    pass
s = Sub(f, 1)
print(repr(s).startswith('Sub(<function f at '), repr(s).endswith(', 1)'), type(s).__name__)
print(partial(s, 2).func is f, partial(s, 2).args)
class Called(partial):
    def __call__(self, *a):
        return 'overridden'
c = Called(f, 1)
print(c(), partial(c, 2).func is c)
print(partial[int], type(partial.func).__name__ if False else '')
r = partial(f)
r.__dict__['x'] = 1
print(partial(r).func is r)
rec = partial(f)
rec.__setstate__((f, (), {}, None))
rec2 = partial(f, [rec])
print(repr(rec2).count('functools.partial'))
print(type(p) is partial, isinstance(p, partial), functools.partial is partial)
print(partial(f, **{'z': 1, 'a': 2})(a=3, b=4))
try:
    del p.func
except AttributeError as e:
    print("AttributeError:", e)
print(callable(p), partial(partial, f)(1)(2))
