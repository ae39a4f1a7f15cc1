# Subclasses of the builtin containers inherit __class_getitem__ (L[int] is a generic alias).
class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


print(L[int], D[str, int], T[int, ...], list[int], frozenset[str])
print(L[int].__origin__ is L, D[str, int].__args__, type(L[int]).__name__)
print(dict.__class_getitem__(int), set.__class_getitem__(str))
print(L[int]([1, 2]), type(L[int]()).__name__)
print(hasattr(int, '__class_getitem__'), hasattr(list, '__class_getitem__'))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
