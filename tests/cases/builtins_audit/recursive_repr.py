l = [1]
l.append(l)
print(l, repr(l), str(l))
d = {"a": 1}
d["self"] = d
print(d)
t = (l, d)
print(t)
s = [d, l, [l]]
print(s)
class C:
    def __repr__(self):
        return "C(%r)" % (self.x,)
c = C()
c.x = [c] if False else [1]
print(c)
d2 = {}
d2[1] = d2.values()
print(d2) if False else print(len(d2))
from collections import OrderedDict, deque
od = OrderedDict(a=1)
od["me"] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
kv = {1: 2}
print(kv.keys(), kv.values(), kv.items())
