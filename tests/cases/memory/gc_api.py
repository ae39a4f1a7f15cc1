import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
c = gc.get_count()
print(type(c).__name__, len(c))
class A: pass
def f(): pass
print([gc.is_tracked(x) for x in (1, 'a', [], {}, {'a': 1}, {'a': []}, A(), (1, 2),
                                   (1, []), f, set(), None, 3.0)])
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.get_debug())
print(gc.garbage, gc.callbacks)
phases = []
def cb(phase, info):
    phases.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
x = A(); y = [x]
print(x in gc.get_referents(y), any(r is y for r in gc.get_referrers(x)))
objs = gc.get_objects()
print(any(o is y for o in objs))
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
