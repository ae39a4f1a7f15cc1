# __cause__, __context__ and __suppress_context__ can be assigned, with checks.
e = ValueError("e")
c = KeyError("c")
e.__cause__ = c
print(e.__cause__ is c, e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = c
print(e.__context__ is c)
for attr in ("__cause__", "__context__"):
    try:
        setattr(e, attr, 1)
    except TypeError as x:
        print(x)
try:
    e.__suppress_context__ = 1
except TypeError as x:
    print(x)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
