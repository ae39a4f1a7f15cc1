# isinstance, issubclass and type() names for builtins and user classes
values = [1, 1.0, "s", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1)]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)))
print(type(1), type("x"), type(None), type([]))
print(type(1) is int, type(True) is int, type(True) is bool)
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)))
class A: pass
class B(A): pass
print(type(B()).__name__, type(B()) is B, type(B()) is A)
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B))
print(A.__name__, B.__name__)
print(type(B()))
print(isinstance(B(), (int, A)), isinstance(A(), (B, str)))
