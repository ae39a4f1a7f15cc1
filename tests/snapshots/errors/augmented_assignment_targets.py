# Tracebacks point at the target of an augmented assignment (~~~~^^^ under d["k"]).
class O: pass
def f(o, d):
    d["k"] += 1
def g(o):
    o.attr += 1
try:
    f(O(), {})
except KeyError:
    import traceback; traceback.print_exc()
g(O())
