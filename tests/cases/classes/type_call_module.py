# type(name, bases, ns) takes the caller module as __module__.
C = type("C", (), {})
print(C.__module__, C)
D = type("D", (C,), {"x": 1, "__module__": "m"})
print(D, D.x)
