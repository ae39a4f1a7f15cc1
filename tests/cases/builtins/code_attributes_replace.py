# code objects: the co_* attributes, co_lines()/co_positions() shapes, replace()
def f(a, b=1, /, c=2, *args, d, **kw):
    x = 1234

    def g():
        return x + a
    return g


def h(p, q):
    r = p + q
    return r


c = f.__code__
for n in ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals',
          'co_varnames', 'co_cellvars', 'co_freevars', 'co_names', 'co_filename',
          'co_name', 'co_qualname', 'co_firstlineno', 'co_flags']:
    v = getattr(c, n)
    print(n, v if n != 'co_filename' else v.endswith('code_attributes_replace.py'))
g = f(1, d=2)
print(g.__code__.co_freevars, g.__code__.co_qualname, g.__code__.co_varnames)
print(h.__code__.co_varnames, h.__code__.co_nlocals, h.__code__.co_cellvars)
print(type(c.co_consts).__name__, 1234 in c.co_consts,
      any(type(k).__name__ == 'code' for k in c.co_consts))
print(type(c.co_stacksize).__name__, c.co_stacksize > 0)
for n in ('co_code', 'co_linetable', 'co_exceptiontable'):
    print(n, type(getattr(c, n)).__name__)
lines = list(h.__code__.co_lines())
print(all(len(t) == 3 and t[0] < t[1] for t in lines))
print(sorted({t[2] for t in lines if t[2] is not None and t[2] > h.__code__.co_firstlineno}))
pos = list(h.__code__.co_positions())
print(all(len(t) == 4 for t in pos), {t[0] for t in pos if t[0]} >= {11, 12})

c2 = h.__code__.replace(co_name='h2', co_qualname='Q.h2')
print(c2.co_name, c2.co_qualname, c2 is h.__code__, c2 == h.__code__)
print(h.__code__.replace() == h.__code__, h.__code__ == h.__code__)
c3 = h.__code__.replace(co_filename='other.py', co_firstlineno=99)
print(c3.co_filename, c3.co_firstlineno)

mod = compile("result = 'old' + suffix", 'm.py', 'exec')
new = mod.replace(co_consts=tuple('new' if v == 'old' else v for v in mod.co_consts),
                  co_names=tuple('ending' if v == 'suffix' else v for v in mod.co_names))
ns = {'ending': '!', 'suffix': '?'}
exec(mod, ns)
print(ns['result'])
exec(new, ns)
print(ns['result'], new.co_names)


for kw in ({'co_bogus': 1}, {'co_name': 1}, {'co_consts': [1]},
           {'co_argcount': 'x'}, {'co_nlocals': 99}):
    try:
        h.__code__.replace(**kw)
        print(kw, 'ok')
    except (TypeError, ValueError) as e:
        print(kw, type(e).__name__, e)
try:
    h.__code__.replace(1)
except TypeError as e:
    print('TypeError:', e)
