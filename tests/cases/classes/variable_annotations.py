# Variable annotations in module and class bodies (__annotations__), not evaluated in functions.
"""Module doc."""
x: int = 1
y: "str"
print(__annotations__, __doc__)
class C:
    """Class doc."""
    a: int
    __p: float = 2.0
    if True:
        b: list = []
    def m(self):
        local: int = 5
        return local
print(C.__annotations__, C.__doc__, C().m(), C.b, C._C__p)
class Empty:
    pass
try:
    print(Empty.__annotations__)
except AttributeError as e:
    print("no annotations:", e)
obj = C()
obj.attr: int = 3
d = {}
d["k"]: str = "v"
print(obj.attr, d, __annotations__)
class Sub(C):
    pass
print(Sub.__annotations__, C.__annotations__ is C.__annotations__)
