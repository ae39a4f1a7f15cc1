# __slots__: no other attributes and no __dict__ unless named or inherited; CPython's errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
print(p.x)
for probe in (lambda: setattr(p, "z", 2), lambda: p.y, lambda: p.__dict__, lambda: vars(p)):
    try:
        print(probe())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
p.y = 5
print(p.y)
del p.y
print(hasattr(p, "y"))
class Q(P):
    __slots__ = "w"
q = Q(); q.w = 1; q.x = 2
try:
    q.v = 3
except AttributeError as e:
    print(e)
class R(P):
    pass
r = R(); r.anything = 1; print(r.anything, "anything" in r.__dict__)
class S:
    __slots__ = ("a", "__dict__")
s = S(); s.a = 1; s.b = 2; print(s.b, "b" in s.__dict__)
try:
    class T:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class U:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class E(Exception):
    __slots__ = ()
e = E(); e.note = 1; print(e.note)
