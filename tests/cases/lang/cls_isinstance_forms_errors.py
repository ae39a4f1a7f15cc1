# isinstance/issubclass with nested tuples, bool/int relations, and argument TypeErrors
print(isinstance(3, (str, int)), issubclass(bool, (str, int)), isinstance(3, ((list, (int,)),)))
print(isinstance(None, type(None)), isinstance(True, int), issubclass(bool, object), isinstance(int, type))
print(isinstance([], ()), issubclass(int, ()), isinstance(object, object), issubclass(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, B), issubclass(A, B))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, (int, "x"))
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, (int, "x")) if False else "short-circuit", isinstance(1, (int, 5)))
