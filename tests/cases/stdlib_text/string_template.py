from string import Template
T = Template
cases = [("$who likes $what", dict(who='tim', what='kung pao')), ("$$ is $x", dict(x=1)), ("${x}y", dict(x=1)), ("abc $ x", {}),
 ("line1\nab $", {}), ("$1", {}), ("${x", {'x': 1}), ("${ x}", {'x': 1}), ("$x_1y!", {'x_1y': 'ok'}), ("$missing", {}), ("${missing}", {}),
 ("$", {}), ("$$", {}), ("$$$x", {'x': 2}), ("a\nb\n  $!", {}), ("\n$", {}), ("$über", {}), ("${_}", {'_': 'u'}), ("$x$y", {'x': 1, 'y': [2]}),
 ("$XyZ", {'XyZ': 'case'}), ("${}", {}), ("$x.y", {'x': 'X'}), ("${x}$", {'x': 1})]
for s, m in cases:
    t = T(s)
    for meth in ('substitute', 'safe_substitute'):
        try:
            print(repr(s), meth, repr(getattr(t, meth)(m)))
        except Exception as e:
            print(repr(s), meth, type(e).__name__, e)
    try:
        print("  ids", t.get_identifiers(), t.is_valid())
    except Exception as e:
        print("  ids err", type(e).__name__, e)
t = T("$a $b")
print(t.substitute(a=1, b=2), t.substitute({'a': 1, 'b': 2}, b=3), t.safe_substitute(a=5))
try: t.substitute({'a': 1}, {'b': 2})
except TypeError as e: print("TypeError", e)
print(t.template)
class D(Template):
    delimiter = '%'
print(D("%x and %% and ${y} and %{y}").safe_substitute(x=1, y=2))
print(D("%x %%").substitute(x='hi'))
try: D("%1").substitute()
except ValueError as e: print(e)
class E(Template):
    delimiter = '#{'
print(E("#{x #{{ ").safe_substitute(x=1))
try: T("a $ b").substitute(x=1)
except ValueError as e: print(e)
