# Module and class body frames show their namespace itself as f_locals.
import sys

top = sys._getframe()
print(top.f_locals is globals())
later = 5
print("later" in top.f_locals)

class K:
    a = 1
    ns = sys._getframe().f_locals
    b = 2
    print(sorted(k for k in ns if not k.startswith("__")))
    print(ns["__qualname__"])

print(K.ns is not None)
