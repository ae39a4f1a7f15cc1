# __slots__ members are member_descriptor objects on the class, with CPython's errors.
class P:
    __slots__ = ("x", "y")
p = P(); p.x = 1
print(P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__)
try: p.y
except AttributeError as e: print(repr(e))
try: del p.y
except AttributeError as e: print(repr(e))
del p.x
try: p.x
except AttributeError as e: print(repr(e))
print(P.x.__get__(None, P) is P.x)
p.y = 5; print(P.y.__get__(p, P))
P.y.__set__(p, 6); print(p.y)
P.y.__delete__(p)
print(hasattr(p, "y"))
try: p.z = 1
except AttributeError as e: print(repr(e))
class Q(P):
    __slots__ = ("z",)
q = Q(); q.x, q.z = 1, 2
print(q.x, q.z, sorted(k for k in vars(Q) if not k.startswith("__")), "x" in vars(P))
print(hasattr(q, "__dict__"))
