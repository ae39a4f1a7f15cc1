import contextvars

v = contextvars.ContextVar('v', default=0)
w = contextvars.ContextVar('w')
print(v.name, v.get(), w.get('fallback'))
try:
    w.get()
except LookupError:
    print('LookupError')
t = v.set(1)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
ctx = contextvars.copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), ctx.get(w, 'none'))


def change():
    v.set(99)
    w.set('inner')
    return v.get(), w.get()


print(ctx.run(change), v.get(), w.get('unset'), ctx[v], ctx[w])
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError:
    print('RuntimeError used')
try:
    ctx.run(ctx.run, change)
except RuntimeError:
    print('RuntimeError entered')
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print('TypeError', e)
print(contextvars.ContextVar[int], sorted(k.name for k in ctx))
