# TypeErrors for inconsistent MRO and duplicate bases
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class FromInt(5): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError:", e)
class Fine(B, A): pass
print([c.__name__ for c in Fine.__mro__])
