# A class without a docstring has __doc__ None (instances too); None's __doc__ is None.
class A: pass
class B:
    "doc b"
print(repr(A().__doc__), repr(A.__doc__), B.__doc__, B().__doc__, "__doc__" in vars(A))
print(repr(None.__doc__), repr(type(None).__doc__))
C = type("C", (), {})
print(repr(C.__doc__))
