# Cycles are found by gc.collect(), which returns how many unreachable objects it saw.
import gc
class A: pass
gc.collect()
a = A(); b = A(); a.b = b; b.a = a
del a, b
print(gc.collect())
l = []; l.append(l); del l
print(gc.collect())
d = {}; d['d'] = d; del d
print(gc.collect())
# A cycle through a tuple (Taipan walks through the tuple as part of the list, so the
# count differs from CPython's 2: only that something was found is compared).
t = []; t.append((t, 1)); del t
print(gc.collect() > 0)
# Nothing left.
print(gc.collect())
# Reachable cycles survive.
keep = A(); keep.me = keep
print(gc.collect(), keep.me is keep)
# A long chain that is one big cycle.
head = A(); cur = head
for i in range(1000):
    nxt = A(); cur.next = nxt; cur = nxt
cur.next = head
del head, cur, nxt
print(gc.collect())
for gen in (0, 1, 2):
    print(gen, gc.collect(gen))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
