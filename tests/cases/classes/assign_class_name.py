# Assigning a class's __name__/__qualname__ changes its repr.
class X: pass
X.__name__ = "Y"
print(X, X.__name__, X.__qualname__, list[X])
X.__qualname__ = "Outer.Z"
print(X, X.__qualname__, X.__name__)
try: X.__name__ = 5
except TypeError as e: print(e)
