# A class's own class (its metaclass) can change between compatible metaclasses.
class Meta1(type):
    def describe(cls):
        return f"{cls.__name__} via Meta1"
class Meta2(type):
    def describe(cls):
        return f"{cls.__name__} via Meta2"
class C(metaclass=Meta1):
    pass
print(C.describe(), type(C).__name__)
C.__class__ = Meta2
print(C.describe(), type(C).__name__, isinstance(C, Meta2))
class Plain:
    pass
try:
    Plain.__class__ = Meta1
except TypeError as e:
    print("TypeError:", e)
try:
    C.__class__ = type
except TypeError as e:
    print("TypeError:", e)
