# subclassing immutable builtins: __new__ for int/str/tuple, results of operations revert to base type
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def __repr__(self):
        return f"Even({int(self)})"
e = Even(7)
print(e, e + 1, type(e + 1).__name__, type(-e).__name__, isinstance(e, int))
print(e == 6, hash(e) == hash(6), {6: "six"}[e], [0] * 10 == [0] * 10 and "x"[0:Even(1)])
class Shout(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
s = Shout("hi")
print(s, s.shout(), type(s.shout()).__name__, type(s.lower()).__name__, s == "HI", len(s))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return f"Pair{tuple(self)}"
p = Pair(1, 2)
print(p, p.first, p + (3,), type(p[:1]).__name__, len(p), p == (1, 2))
a, b = p
print(a, b)
class MyBool(int):
    pass
print(MyBool(1) + True, bool(MyBool(0)))
class Named(int):
    def __init__(self, v):
        self.label = f"n{v}"
n = Named(5)
print(n.label, n * 2)
class F(float):
    def __str__(self): return "F!"
print(F(1.5), F(1.5) * 2, repr(F(1.5)))
