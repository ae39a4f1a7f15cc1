# Assigning args, str() of a str subclass from __str__, functions' __dict__ and __annotations__.
ex = ValueError("x"); ex.args = ("changed", 1); print(str(ex), repr(ex), ex.args)
class S(str): pass
class A:
    def __str__(self): return S("sub")
print(type(str(A())).__name__)
def f(a: int): pass
print(f.__dict__)
g = lambda: 0
g.__dict__ = {"other": 1}
print(g.other)
try: g.__dict__ = 5
except TypeError as e: print(e)
