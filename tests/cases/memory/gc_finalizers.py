# __del__ of objects in unreachable cycles runs before the cycle is broken (PEP 442),
# once; an object resurrected by its __del__ survives.
import gc
class Node:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name, "partner alive:", self.partner.name)
a = Node("a"); b = Node("b"); a.partner = b; b.partner = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n)
saved = []
class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)
p = Phoenix(); p.me = p
del p
gc.collect()
print(len(saved), saved[0].me is saved[0])
saved.clear()
gc.collect()
print("no second __del__")
# A suspended generator in a cycle is closed (its finally runs).
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
class Holder: pass
h = Holder(); h.g = gen(); h.g.__next__(); h.self = h
del h
gc.collect()
print("end")
